package org.jeli.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jeli.ingest.ItemDetails;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogReader;
import org.jeli.provenance.StoredCheckpoint;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.EntryTime;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.verify.PackageLayout;

/**
 * The tag files of one package, written item by item as the payload streams, then the log
 * evidence: the checkpoint, the timestamped checkpoints that first contain each submission with
 * consistency proofs to it, the newest checkpoint, their RFC 3161 tokens, the keys and TSA roots,
 * the package description and the package reports.
 */
final class ExportedPackage {
    private final PreparedExport export;
    private final LogReader log;
    private final LogPublication publication;
    private final StoredCheckpoint anchor;
    private final List<Map<String, Object>> descriptions = new ArrayList<>();
    private final List<CustodyReport.ItemLine> lines = new ArrayList<>();
    private final TreeMap<Long, StoredCheckpoint> witnesses = new TreeMap<>();

    ExportedPackage(PreparedExport export, LogReader log, LogPublication publication) {
        this.export = export;
        this.log = log;
        this.publication = publication;
        this.anchor = export.checkpoint();
    }

    static String payloadPath(ItemDetails item) {
        return PackageLayout.DATA + item.id() + MediaExtensions.of(item.mediaType());
    }

    /** One decoded custody entry, for reports and PREMIS. */
    record Event(long index, String time, String kind, String actor, String leafHash) {}

    void addItem(BagZipWriter bag, ExportItem exported) throws IOException {
        ItemDetails item = exported.item();
        String id = item.id().toString();
        LogReader.Custody custody =
                log.custodyAt(List.of(EntryDraft.item(item.id()), "blob:sha256:" + item.sha256()), anchor);
        List<Event> events = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        Long submission = null;
        for (LogReader.ProvenEntry p : custody.entries()) {
            LogEntry e = EntryCodec.decode(p.entry().bytes());
            events.add(new Event(
                    p.entry().index(),
                    EntryTime.format(e.time()),
                    e.kind(),
                    e.actor(),
                    Base64.getEncoder().encodeToString(p.entry().leafHash())));
            if (submission == null
                    && e.kind().equals("item.submitted")
                    && e.subject().equals(EntryDraft.item(item.id()))) {
                submission = p.entry().index();
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", p.entry().index());
            m.put("leafHash", Base64.getEncoder().encodeToString(p.entry().leafHash()));
            m.put("entry", Base64.getEncoder().encodeToString(p.entry().bytes()));
            m.put(
                    "proof",
                    p.proof().proof().stream()
                            .map(Base64.getEncoder()::encodeToString)
                            .toList());
            entries.add(m);
        }
        StoredCheckpoint witness = witness(submission).orElse(null);
        if (witness != null && witness.size() != anchor.size()) {
            witnesses.put(witness.size(), witness);
        }
        Map<String, Object> custodyJson = new LinkedHashMap<>();
        custodyJson.put("item", id);
        custodyJson.put("sha256", item.sha256());
        custodyJson.put("checkpoint", anchor.size());
        custodyJson.put("timestampedCheckpoint", witness == null ? null : witness.size());
        custodyJson.put("entries", entries);
        bag.tag(PackageLayout.custody(id), LogPublication.json(custodyJson));
        bag.tag(PackageLayout.metadata(id), LogPublication.json(exported.metadata()));
        String payload = payloadPath(item);
        bag.tag(PackageLayout.premis(id), PremisRecord.xml(item, payload, publication.origin(), events));
        CustodyReport.ItemLine line = new CustodyReport.ItemLine(
                id,
                payload,
                item.sha256(),
                item.sha512(),
                item.size(),
                item.mediaType(),
                submission,
                witness == null ? null : witness.size(),
                events);
        for (String lang : CustodyReport.LANGUAGES) {
            bag.tag(PackageLayout.itemReport(id, lang), CustodyReport.item(lang, header(), line));
        }
        lines.add(line);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("payload", payload);
        d.put("sha256", item.sha256());
        d.put("sha512", item.sha512());
        d.put("size", item.size());
        d.put("mediaType", item.mediaType());
        d.put("submissionEntry", submission);
        descriptions.add(d);
    }

    /** The first timestamped checkpoint that contains the submission and that the anchor extends. */
    private Optional<StoredCheckpoint> witness(Long submission) {
        if (submission == null) {
            return Optional.empty();
        }
        return log.firstTimestampedCovering(submission).filter(w -> w.size() <= anchor.size());
    }

    void finishLog(BagZipWriter bag) throws IOException {
        StoredCheckpoint latest =
                log.latestCheckpoint().filter(l -> l.size() > anchor.size()).orElse(anchor);
        checkpoint(bag, anchor);
        for (StoredCheckpoint w : witnesses.values()) {
            checkpoint(bag, w);
            consistency(bag, w.size(), anchor.size());
        }
        if (latest.size() != anchor.size()) {
            checkpoint(bag, latest);
            consistency(bag, anchor.size(), latest.size());
        }
        bag.tag(PackageLayout.KEYS, publication.keysJson());
        byte[] roots = publication.tsaRootsPem();
        if (roots.length > 0) {
            bag.tag(PackageLayout.TSA_ROOTS, roots);
        }
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("format", PackageLayout.FORMAT);
        description.put("export", export.id().toString());
        description.put("origin", publication.origin());
        description.put("createdAt", export.createdAt().toString());
        description.put("exportedBy", EntryDraft.user(export.user().id()));
        description.put("checkpoint", anchor.size());
        description.put("latest", latest.size());
        description.put("items", descriptions);
        description.put("derivativesRequested", export.derivatives());
        description.put("derivatives", List.of());
        bag.tag(PackageLayout.PACKAGE, LogPublication.json(description));
        for (String lang : CustodyReport.LANGUAGES) {
            bag.tag(PackageLayout.packageReport(lang), CustodyReport.pkg(lang, header(), lines));
        }
    }

    private CustodyReport.Header header() {
        return new CustodyReport.Header(
                export.id().toString(),
                export.createdAt().toString(),
                publication.origin(),
                anchor.size(),
                Base64.getEncoder().encodeToString(anchor.rootHash()),
                publication.keys());
    }

    private void checkpoint(BagZipWriter bag, StoredCheckpoint cp) throws IOException {
        bag.tag(PackageLayout.checkpoint(cp.size()), cp.note().getBytes(StandardCharsets.UTF_8));
        List<byte[]> tokens = log.timestamps(cp.size());
        for (int n = 0; n < tokens.size(); n++) {
            bag.tag(PackageLayout.timestamp(cp.size(), n + 1), tokens.get(n));
        }
    }

    private void consistency(BagZipWriter bag, long size1, long size2) throws IOException {
        var proof = log.consistency(size1, size2);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size1", size1);
        m.put("size2", size2);
        m.put("root1", Base64.getEncoder().encodeToString(proof.root1()));
        m.put("root2", Base64.getEncoder().encodeToString(proof.root2()));
        m.put(
                "proof",
                proof.proof().stream().map(Base64.getEncoder()::encodeToString).toList());
        bag.tag(PackageLayout.consistency(size1, size2), LogPublication.json(m));
    }

    Map<String, String> bagInfo(String organization, long payloadBytes) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", organization);
        info.put("Bagging-Date", export.createdAt().toString().substring(0, 10));
        info.put("External-Identifier", "jeli-export:" + export.id());
        info.put(
                "External-Description",
                "Jeli evidence package: " + export.items().size() + " item(s) with their chain of custody."
                        + " Verify offline with: java -jar jeli.jar verify <this zip>");
        info.put("Bag-Size", humanSize(payloadBytes));
        info.put("Jeli-Package-Format", PackageLayout.FORMAT);
        info.put("Jeli-Log-Origin", publication.origin());
        info.put("Jeli-Checkpoint-Size", Long.toString(anchor.size()));
        return info;
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
