package org.jeli.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jeli.storage.crypto.Kek;
import org.jeli.storage.crypto.KekRing;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.KekFiles;

/**
 * {@code jeli rotate-kek}: re-wraps every data key of a stopped archive under a new key-encryption
 * key; blobs are not touched. With a KEK file, the new KEK is generated into {@code <kek-file>.next}
 * first and replaces the old file once every key is re-wrapped; an interrupted run is finished by
 * running the command again (the service also reads keys under either KEK meanwhile). With the KEK
 * in {@code JELI_STORAGE_KEK}, the new one must be given in {@code JELI_STORAGE_NEW_KEK}, and the
 * operator swaps the variables afterwards.
 */
final class RotateKekCommand {
    private RotateKekCommand() {}

    static int run(Path dataDir, Map<String, String> env, PrintStream out) throws IOException {
        StorageLocations at = StorageLocations.of(dataDir, env);
        if (!Files.isDirectory(at.dataKeyDir())) {
            out.println("No key store in " + at.dataKeyDir() + ": nothing to rotate.");
            return 2;
        }
        if (OfflineCheck.running(dataDir, out)) {
            return 2;
        }
        SecureRandom random = new SecureRandom();
        Optional<String> newFromEnv =
                Optional.ofNullable(env.get("JELI_STORAGE_NEW_KEK")).filter(s -> !s.isBlank());
        if (at.kek().isPresent() && newFromEnv.isEmpty()) {
            out.println("The KEK comes from JELI_STORAGE_KEK: give the new one in JELI_STORAGE_NEW_KEK.");
            return 2;
        }
        KekRing current = KekFiles.load(at.kek(), at.kekFile(), random);
        Path nextFile = KekFiles.nextOf(at.kekFile());
        Kek next = newFromEnv.isPresent() ? Kek.fromBase64(newFromEnv.get()) : KekFiles.loadOrCreate(nextFile, random);
        DataKeys keys = new DataKeys(at.dataKeyDir(), new KekRing(current.current(), List.of(next)), random);
        String previous = current.current().idHex();
        DataKeys.Rewrap done = keys.rewrapAll(next);
        out.println("Re-wrapped " + done.rewrapped() + " data key(s) under KEK " + next.idHex() + " ("
                + done.alreadyCurrent() + " already were); blobs untouched.");
        if (newFromEnv.isPresent()) {
            out.println("Now set JELI_STORAGE_KEK to the value of JELI_STORAGE_NEW_KEK before starting the archive.");
        } else {
            KekFiles.promote(nextFile, at.kekFile());
            out.println("KEK " + previous + " is retired; " + at.kekFile() + " now holds KEK " + next.idHex() + ".");
            out.println("Destroy every other copy of the old KEK file (backups included) if it may have leaked.");
        }
        return 0;
    }
}
