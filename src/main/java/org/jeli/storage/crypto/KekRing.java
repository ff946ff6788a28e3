package org.jeli.storage.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The KEKs this process knows: the current one, which wraps new data keys, and others that only
 * unwrap (a rotation in progress). Immutable.
 */
public final class KekRing {
    private final Kek current;
    private final List<Kek> all;

    public KekRing(Kek current, List<Kek> others) {
        this.current = current;
        List<Kek> keys = new ArrayList<>();
        keys.add(current);
        for (Kek k : others) {
            if (keys.stream().noneMatch(known -> known.hasId(k.id()))) {
                keys.add(k);
            }
        }
        this.all = List.copyOf(keys);
    }

    public static KekRing of(Kek current) {
        return new KekRing(current, List.of());
    }

    public Kek current() {
        return current;
    }

    Optional<Kek> byId(byte[] id) {
        return all.stream().filter(k -> k.hasId(id)).findFirst();
    }

    /** Whether a key wrapped under the KEK with this id can be unwrapped here. */
    public boolean knows(byte[] id) {
        return byId(id).isPresent();
    }
}
