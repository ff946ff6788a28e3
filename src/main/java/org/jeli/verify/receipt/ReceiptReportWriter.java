package org.jeli.verify.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.verify.Finding;
import org.jeli.verify.Messages;
import org.jeli.verify.receipt.ReceiptReport.SignedCheckpoint;

/** Prints a {@link ReceiptReport} for people (English or French) or as JSON for machines. */
public final class ReceiptReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Messages m;

    public ReceiptReportWriter(Messages messages) {
        this.m = messages;
    }

    /** The verdict as sentences; {@code receiptName} and {@code fileName} say what was checked. */
    public void text(ReceiptReport r, String receiptName, String fileName, PrintStream out) {
        out.println(m.get("receipt.title"));
        out.println(m.get("receipt.source", receiptName));
        out.println(m.get("receipt.file", fileName));
        ReceiptText receipt = r.receipt();
        if (receipt != null) {
            out.println(m.get("receipt.item", receipt.item().toString(), String.valueOf(receipt.entry())));
            out.println(m.get("origin", receipt.checkpoint().origin()));
            out.println(
                    receipt.sha256().equals(r.fileSha256())
                            ? m.get("receipt.hash.ok", r.fileSha256())
                            : m.get("receipt.hash.bad", r.fileSha256(), receipt.sha256()));
            SignedCheckpoint cp = r.checkpoint();
            out.println(
                    cp == null
                            ? m.get(
                                    "receipt.checkpoint.bad",
                                    String.valueOf(receipt.checkpoint().size()))
                            : m.get("receipt.checkpoint", String.valueOf(cp.size()), cp.signedBy(), cp.fingerprint()));
            if (cp != null) {
                out.println(r.keysPinned() ? m.get("receipt.key.pinned") : m.get("receipt.key.unpinned"));
            }
            later(r, out);
        }
        for (Finding f : r.findings()) {
            out.println(m.get(
                    "finding",
                    m.get("severity." + f.severity()),
                    f.code().name(),
                    f.where(),
                    m.describe(f),
                    f.detail()));
        }
        out.println();
        long errors = r.findings().stream().filter(Finding::isError).count();
        out.println(r.verified() ? m.get("receipt.verdict.ok") : m.get("verdict.bad", String.valueOf(errors)));
    }

    private void later(ReceiptReport r, PrintStream out) {
        SignedCheckpoint later = r.later();
        if (!r.laterGiven()) {
            out.println(m.get("receipt.later.none"));
            return;
        }
        if (later != null) {
            out.println(m.get("receipt.later", String.valueOf(later.size()), later.signedBy(), later.fingerprint()));
        }
        if (r.consistent()) {
            out.println(m.get("receipt.consistent", String.valueOf(later.size())));
        } else {
            out.println(m.get("receipt.inconsistent"));
        }
    }

    /** The report as a JSON object, with each finding's sentence in the chosen language. */
    public String json(ReceiptReport r, String receiptName, String fileName) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("verified", r.verified());
        o.put("receiptFile", receiptName);
        o.put("file", fileName);
        ReceiptText receipt = r.receipt();
        if (receipt != null) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("item", receipt.item().toString());
            rm.put("sha256", receipt.sha256());
            rm.put("entry", receipt.entry());
            rm.put("origin", receipt.checkpoint().origin());
            rm.put("size", receipt.checkpoint().size());
            rm.put(
                    "rootHash",
                    Base64.getEncoder().encodeToString(receipt.checkpoint().rootHash()));
            rm.put("key", receipt.key().encoded());
            o.put("receipt", rm);
        } else {
            o.put("receipt", null);
        }
        o.put("fileSha256", r.fileSha256());
        o.put("checkpoint", r.checkpoint());
        o.put("later", r.later());
        o.put("consistent", r.consistent());
        o.put("keysPinned", r.keysPinned());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("severity", f.severity().name());
            fm.put("code", f.code().name());
            fm.put("where", f.where());
            fm.put("message", m.describe(f));
            fm.put("detail", f.detail());
            findings.add(fm);
        }
        o.put("findings", findings);
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }
}
