package org.jeli.chat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.Map;
import org.jeli.chat.telegram.TelegramParser;
import org.jeli.chat.whatsapp.WhatsAppParser;

/**
 * Parses a generated export and prints counts, throughput and peak heap: {@code LargeExportMain
 * WHATSAPP|TELEGRAM <messages>}. {@link LargeExportMemoryTest} runs it in a JVM with a heap far
 * smaller than the events it emits; it doubles as a rough benchmark.
 */
public final class LargeExportMain {
    private LargeExportMain() {}

    public static void main(String[] args) throws Exception {
        GeneratedExport.Kind kind = GeneratedExport.Kind.valueOf(args[0]);
        int messages = Integer.parseInt(args[1]);
        Map<ChatEventKind, Long> counts = new EnumMap<>(ChatEventKind.class);
        long[] attachments = {0};
        ChatSource source = () -> new GeneratedExport(kind, messages);
        long start = System.nanoTime();
        if (kind == GeneratedExport.Kind.WHATSAPP) {
            new WhatsAppParser().parse(source, null, e -> count(e, counts, attachments));
        } else {
            new TelegramParser().parse(source, e -> count(e, counts, attachments));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "messages=%d attachments=%d warnings=%d seconds=%.2f messagesPerSecond=%.0f peakHeapMiB=%.1f%n",
                counts.getOrDefault(ChatEventKind.MESSAGE, 0L),
                attachments[0],
                counts.getOrDefault(ChatEventKind.WARNING, 0L),
                seconds,
                counts.getOrDefault(ChatEventKind.MESSAGE, 0L) / seconds,
                peakHeapBytes() / 1048576.0);
    }

    private static void count(ChatEvent event, Map<ChatEventKind, Long> counts, long[] attachments) {
        counts.merge(event.kind(), 1L, Long::sum);
        if (event instanceof Message m) {
            attachments[0] += m.attachments().size();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
