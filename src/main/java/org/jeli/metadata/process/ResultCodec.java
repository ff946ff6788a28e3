package org.jeli.metadata.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.NormalizedMetadata;

/**
 * Encodes an {@link ExtractionResult} as one {@link Frames#RESULT} frame, within a byte budget. A
 * result that does not fit is sent without its raw metadata and with its text cut, and its outcome
 * becomes LIMIT: the output-size cap holds whatever the parser produced.
 */
public final class ResultCodec {

    private ResultCodec() {}

    /** The frame for {@code result}, never longer than {@code maxBytes}. */
    public static byte[] encode(ExtractionResult result, int maxBytes) {
        byte[] full = write(result);
        if (full.length <= maxBytes) {
            return full;
        }
        String detail = "output limit of " + maxBytes + " bytes reached";
        String text = result.text().substring(0, Math.min(result.text().length(), maxBytes / 8));
        byte[] cut = write(new ExtractionResult(ExtractionOutcome.LIMIT, detail, result.normalized(), Map.of(), text));
        if (cut.length <= maxBytes) {
            return cut;
        }
        String type = result.normalized().mediaType();
        NormalizedMetadata onlyType = NormalizedMetadata.onlyType(type == null || type.length() > 255 ? null : type);
        return write(new ExtractionResult(ExtractionOutcome.LIMIT, detail, onlyType, Map.of(), ""));
    }

    private static byte[] write(ExtractionResult r) {
        NormalizedMetadata n = r.normalized();
        Frames.Writer out = new Frames.Writer(Frames.RESULT)
                .writeString(r.outcome().name())
                .writeString(r.detail())
                .writeString(n.mediaType())
                .writeString(n.capturedAt())
                .writeNullableDouble(n.gpsLatitude())
                .writeNullableDouble(n.gpsLongitude())
                .writeString(n.deviceMake())
                .writeString(n.deviceModel())
                .writeNullableDouble(n.durationSeconds())
                .writeNullableInt(n.width())
                .writeNullableInt(n.height())
                .writeString(n.codecs())
                .writeNullableInt(n.pageCount())
                .writeString(n.language())
                .writeInt(r.raw().size());
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(r.raw()).entrySet()) {
            out.writeString(e.getKey()).writeInt(e.getValue().size());
            for (String v : e.getValue()) {
                out.writeString(v);
            }
        }
        return out.writeString(r.text()).toByteArray();
    }

    /** Reads a RESULT frame; anything off protocol is a {@link MalformedFrameException}. */
    public static ExtractionResult decode(byte[] frame) throws MalformedFrameException {
        Frames.Reader in = new Frames.Reader(frame);
        if (in.readByte() != Frames.RESULT) {
            throw new MalformedFrameException("not a result frame");
        }
        ExtractionOutcome outcome = outcome(in.readString());
        String detail = in.readString();
        NormalizedMetadata normalized = new NormalizedMetadata(
                in.readString(),
                in.readString(),
                in.readNullableDouble(),
                in.readNullableDouble(),
                in.readString(),
                in.readString(),
                in.readNullableDouble(),
                in.readNullableInt(),
                in.readNullableInt(),
                in.readString(),
                in.readNullableInt(),
                in.readString());
        int names = in.readCount(8);
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (int i = 0; i < names; i++) {
            String name = in.readString();
            int count = in.readCount(4);
            List<String> values = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                String v = in.readString();
                if (v != null) {
                    values.add(v);
                }
            }
            if (name != null) {
                raw.put(name, List.copyOf(values));
            }
        }
        String text = in.readString();
        in.expectEnd();
        return new ExtractionResult(outcome, detail, normalized, raw, text);
    }

    private static ExtractionOutcome outcome(String name) throws MalformedFrameException {
        try {
            return ExtractionOutcome.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException("unknown outcome");
        }
    }
}
