package org.jeli.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.checkpoint.PublicKeyInfo;
import org.jeli.verify.Fingerprints;

/**
 * The printable custody reports in a package, in English and French: one per item and one for the
 * package. Self-contained HTML (no script, no external resource), every value escaped. They are a
 * reading aid; what proves the chain of custody is the log evidence, checked by {@code jeli verify}.
 */
final class CustodyReport {
    static final List<String> LANGUAGES = List.of("en", "fr");

    /** What every report repeats about the package. */
    record Header(
            String exportId,
            String createdAt,
            String origin,
            long checkpointSize,
            String checkpointRoot,
            List<PublicKeyInfo> keys) {}

    /** One item as reported. */
    record ItemLine(
            String id,
            String payload,
            String sha256,
            String sha512,
            long size,
            String mediaType,
            Long submissionEntry,
            Long timestampedCheckpoint,
            List<ExportedPackage.Event> events) {}

    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "en",
            Map.ofEntries(
                    Map.entry("title.package", "Evidence package — custody report"),
                    Map.entry("title.item", "Item custody report"),
                    Map.entry("export", "Export"),
                    Map.entry("created", "Exported at"),
                    Map.entry("log", "Provenance log"),
                    Map.entry("checkpoint", "Checkpoint (all entries are proven against it)"),
                    Map.entry("size", "size"),
                    Map.entry("root", "root hash"),
                    Map.entry(
                            "keys",
                            "Checkpoint signing keys — compare the fingerprints with those the archive publishes"),
                    Map.entry("valid", "valid"),
                    Map.entry("until", "until"),
                    Map.entry("now", "now"),
                    Map.entry("items", "Items"),
                    Map.entry("item", "Item"),
                    Map.entry("file", "File in this package"),
                    Map.entry("bytes", "bytes"),
                    Map.entry("type", "Type"),
                    Map.entry("submitted", "Recorded in log entry"),
                    Map.entry("timestamped", "Timestamped with the checkpoint of size"),
                    Map.entry("notTimestamped", "No timestamped checkpoint covers it yet"),
                    Map.entry("events", "Custody events"),
                    Map.entry("index", "Entry"),
                    Map.entry("time", "Time (UTC)"),
                    Map.entry("kind", "Event"),
                    Map.entry("actor", "By"),
                    Map.entry("leaf", "Leaf hash"),
                    Map.entry(
                            "howto",
                            "To check this package offline, with no account and no network: java -jar jeli.jar"
                                    + " verify <package.zip> (add --lang fr for French). This report is a reading"
                                    + " aid; the verifier checks every hash, proof, signature and timestamp.")),
            "fr",
            Map.ofEntries(
                    Map.entry("title.package", "Paquet de preuves — rapport de chaîne de possession"),
                    Map.entry("title.item", "Rapport de chaîne de possession de l’élément"),
                    Map.entry("export", "Export"),
                    Map.entry("created", "Exporté le"),
                    Map.entry("log", "Journal de provenance"),
                    Map.entry("checkpoint", "Point de contrôle (toutes les entrées sont prouvées par rapport à lui)"),
                    Map.entry("size", "taille"),
                    Map.entry("root", "hachage racine"),
                    Map.entry(
                            "keys",
                            "Clés de signature des points de contrôle — comparez les empreintes avec celles que publie"
                                    + " l’archive"),
                    Map.entry("valid", "valide du"),
                    Map.entry("until", "au"),
                    Map.entry("now", "aujourd’hui"),
                    Map.entry("items", "Éléments"),
                    Map.entry("item", "Élément"),
                    Map.entry("file", "Fichier dans ce paquet"),
                    Map.entry("bytes", "octets"),
                    Map.entry("type", "Type"),
                    Map.entry("submitted", "Enregistré dans l’entrée du journal"),
                    Map.entry("timestamped", "Horodaté avec le point de contrôle de taille"),
                    Map.entry("notTimestamped", "Aucun point de contrôle horodaté ne le couvre encore"),
                    Map.entry("events", "Événements de possession"),
                    Map.entry("index", "Entrée"),
                    Map.entry("time", "Heure (UTC)"),
                    Map.entry("kind", "Événement"),
                    Map.entry("actor", "Par"),
                    Map.entry("leaf", "Hachage de feuille"),
                    Map.entry(
                            "howto",
                            "Pour vérifier ce paquet hors ligne, sans compte ni réseau : java -jar jeli.jar verify"
                                    + " <paquet.zip> --lang fr. Ce rapport aide à la lecture ; le vérificateur contrôle"
                                    + " chaque empreinte, preuve, signature et horodatage.")));

    private CustodyReport() {}

    static byte[] item(String lang, Header h, ItemLine item) {
        Map<String, String> t = TEXT.get(lang);
        StringBuilder b = start(lang, t.get("title.item") + " " + item.id());
        b.append("<h1>").append(esc(t.get("title.item"))).append("</h1>\n");
        itemSection(b, t, item);
        headerSection(b, t, h);
        return end(b, t);
    }

    static byte[] pkg(String lang, Header h, List<ItemLine> items) {
        Map<String, String> t = TEXT.get(lang);
        StringBuilder b = start(lang, t.get("title.package") + " " + h.exportId());
        b.append("<h1>").append(esc(t.get("title.package"))).append("</h1>\n");
        headerSection(b, t, h);
        b.append("<h2>")
                .append(esc(t.get("items")))
                .append(" (")
                .append(items.size())
                .append(")</h2>\n");
        b.append("<table><tr><th>")
                .append(esc(t.get("item")))
                .append("</th><th>SHA-256</th><th>")
                .append(esc(t.get("bytes")))
                .append("</th><th>")
                .append(esc(t.get("submitted")))
                .append("</th></tr>\n");
        for (ItemLine i : items) {
            b.append("<tr><td><a href=\"items/")
                    .append(esc(i.id()))
                    .append("/report.")
                    .append(lang)
                    .append(".html\">")
                    .append(esc(i.id()))
                    .append("</a></td><td class=\"h\">")
                    .append(esc(i.sha256()))
                    .append("</td><td>")
                    .append(i.size())
                    .append("</td><td>")
                    .append(
                            i.submissionEntry() == null
                                    ? "—"
                                    : i.submissionEntry().toString())
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        return end(b, t);
    }

    private static void itemSection(StringBuilder b, Map<String, String> t, ItemLine i) {
        b.append("<table>\n");
        row(b, t.get("item"), i.id());
        row(b, t.get("file"), i.payload());
        row(b, "SHA-256", i.sha256());
        row(b, "SHA-512", i.sha512());
        row(b, t.get("bytes"), Long.toString(i.size()));
        row(b, t.get("type"), String.valueOf(i.mediaType()));
        row(
                b,
                t.get("submitted"),
                i.submissionEntry() == null ? "—" : i.submissionEntry().toString());
        row(
                b,
                t.get("timestamped"),
                i.timestampedCheckpoint() == null
                        ? t.get("notTimestamped")
                        : i.timestampedCheckpoint().toString());
        b.append("</table>\n<h2>")
                .append(esc(t.get("events")))
                .append("</h2>\n<table><tr><th>")
                .append(esc(t.get("index")))
                .append("</th><th>")
                .append(esc(t.get("time")))
                .append("</th><th>")
                .append(esc(t.get("kind")))
                .append("</th><th>")
                .append(esc(t.get("actor")))
                .append("</th><th>")
                .append(esc(t.get("leaf")))
                .append("</th></tr>\n");
        for (ExportedPackage.Event e : i.events()) {
            b.append("<tr><td>")
                    .append(e.index())
                    .append("</td><td>")
                    .append(esc(e.time()))
                    .append("</td><td>")
                    .append(esc(e.kind()))
                    .append("</td><td>")
                    .append(esc(e.actor()))
                    .append("</td><td class=\"h\">")
                    .append(esc(e.leafHash()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void headerSection(StringBuilder b, Map<String, String> t, Header h) {
        b.append("<table>\n");
        row(b, t.get("export"), h.exportId());
        row(b, t.get("created"), h.createdAt());
        row(b, t.get("log"), h.origin());
        row(
                b,
                t.get("checkpoint"),
                t.get("size") + " " + h.checkpointSize() + ", " + t.get("root") + " " + h.checkpointRoot());
        b.append("</table>\n<h2>").append(esc(t.get("keys"))).append("</h2>\n<table>\n");
        for (PublicKeyInfo k : h.keys()) {
            row(
                    b,
                    k.keyName() + "+" + k.keyIdHex(),
                    "SHA-256 " + Fingerprints.of(k.key()) + " — " + t.get("valid") + " " + k.validFrom() + " "
                            + t.get("until") + " "
                            + (k.validUntil() == null
                                    ? t.get("now")
                                    : k.validUntil().toString()));
        }
        b.append("</table>\n");
    }

    private static StringBuilder start(String lang, String title) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>")
                .append(esc(title))
                .append("</title>\n<style>")
                .append(
                        "body{font-family:sans-serif;margin:2em;color:#111}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append(".h{font-family:monospace;word-break:break-all;font-size:.85em}")
                .append("@media print{body{margin:0}a{color:#000;text-decoration:none}}</style>\n</head>\n<body>\n");
        return b;
    }

    private static byte[] end(StringBuilder b, Map<String, String> t) {
        b.append("<p>").append(esc(t.get("howto"))).append("</p>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>")
                .append(esc(label))
                .append("</th><td class=\"h\">")
                .append(esc(value))
                .append("</td></tr>\n");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
