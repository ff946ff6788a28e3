package org.jeli.verify;

import java.io.PrintStream;
import java.util.List;

/** Prints a {@link PackageReport} for people, in English or French. */
public final class TextReport {
    private static final String INDENT = "  ";

    private final Messages m;

    public TextReport(Messages messages) {
        this.m = messages;
    }

    public void print(PackageReport r, PrintStream out) {
        out.println(m.get("title"));
        out.println(m.get("package", r.source()));
        if (r.exportId() != null) {
            out.println(m.get("export", r.exportId()));
        }
        if (r.origin() != null) {
            out.println(m.get("origin", r.origin()));
        }
        out.println(m.get("payload", String.valueOf(r.payloadFiles()), String.valueOf(r.payloadBytes())));
        PackageReport.CheckpointInfo cp = r.checkpoint();
        if (cp != null) {
            out.println(
                    cp.valid()
                            ? m.get("checkpoint", String.valueOf(cp.size()), cp.rootHash(), cp.signedBy())
                            : m.get("checkpoint.invalid", String.valueOf(cp.size())));
        }
        if (r.latest() != null
                && cp != null
                && r.latest().size() != cp.size()
                && r.latest().valid()) {
            out.println(m.get("latest", String.valueOf(r.latest().size())));
        }
        for (PackageReport.KeyInfo k : r.keys()) {
            out.println(m.get(
                    "key",
                    k.label(),
                    k.fingerprint(),
                    k.validUntil() == null
                            ? m.get("key.current", String.valueOf(k.validFrom()))
                            : m.get("key.range", String.valueOf(k.validFrom()), k.validUntil()),
                    k.pinned() ? "  " + m.get("key.pinned") : ""));
        }
        if (!r.keys().isEmpty()) {
            out.println(m.get("keys.compare"));
        }
        r.tsaRoots().forEach(t -> out.println(m.get("tsa", t)));
        findings(r.findings(), out);
        for (ItemVerdict item : r.items()) {
            out.println();
            item(item, r, out);
        }
        out.println();
        long errors = r.allFindings().stream().filter(Finding::isError).count();
        long warnings = r.allFindings().size() - errors;
        out.println(r.verified() ? m.get("verdict.ok") : m.get("verdict.bad", String.valueOf(errors)));
        if (warnings > 0) {
            out.println(m.get("warnings", String.valueOf(warnings)));
        }
    }

    private void item(ItemVerdict i, PackageReport r, PrintStream out) {
        out.println(m.get("item", String.valueOf(i.id())));
        line(
                out,
                i.bytesIntact()
                        ? m.get("item.bytes.ok", String.valueOf(i.size()), i.sha256())
                        : m.get("item.bytes.bad", String.valueOf(i.payload())));
        line(
                out,
                i.submissionEntry() == null
                        ? m.get("item.entry.none")
                        : m.get("item.entry", String.valueOf(i.submissionEntry())));
        if (i.submissionEntry() != null
                && r.checkpoint() != null
                && r.checkpoint().valid()) {
            line(
                    out,
                    m.get(
                            "item.included",
                            String.valueOf(r.checkpoint().size()),
                            r.checkpoint().signedBy()));
        }
        ItemVerdict.TimestampInfo t = i.timestamp();
        line(
                out,
                t == null
                        ? m.get("item.timestamp.none")
                        : m.get("item.timestamp", t.authority(), t.genTime(), String.valueOf(t.checkpointSize())));
        line(out, m.get("item.events", String.valueOf(i.events().size())));
        for (ItemVerdict.CustodyEvent e : i.events()) {
            line(
                    out,
                    INDENT
                            + m.get(
                                    "item.event",
                                    String.valueOf(e.index()),
                                    e.time(),
                                    e.kind(),
                                    e.actor(),
                                    e.included() ? "" : "  " + m.get("item.event.notincluded")));
        }
        findings(i.findings(), out);
        line(out, i.verified() ? m.get("item.verdict.ok") : m.get("item.verdict.bad"));
    }

    private static void line(PrintStream out, String text) {
        out.println(INDENT + text);
    }

    private void findings(List<Finding> findings, PrintStream out) {
        for (Finding f : findings) {
            out.println(m.get(
                    "finding",
                    m.get("severity." + f.severity()),
                    f.code().name(),
                    f.where(),
                    m.describe(f),
                    f.detail()));
        }
    }
}
