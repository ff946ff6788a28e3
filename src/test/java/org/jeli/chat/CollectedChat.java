package org.jeli.chat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test sink: keeps every event, and offers them by kind. Fine for fixtures, not for big exports. */
public final class CollectedChat implements Consumer<ChatEvent> {
    private final List<ChatEvent> events = new ArrayList<>();

    @Override
    public void accept(ChatEvent event) {
        events.add(event);
    }

    public List<ChatEvent> events() {
        return events;
    }

    public List<ConversationStart> conversations() {
        return of(ConversationStart.class);
    }

    public List<Message> messages() {
        return of(Message.class);
    }

    public List<SystemEvent> systemEvents() {
        return of(SystemEvent.class);
    }

    public List<Gap> gaps() {
        return of(Gap.class);
    }

    public List<Warning> warnings() {
        return of(Warning.class);
    }

    public List<String> senders() {
        return messages().stream().map(Message::sender).distinct().toList();
    }

    /** Positions of messages, system events and gaps, in the order they were emitted. */
    public List<Long> positions() {
        List<Long> positions = new ArrayList<>();
        for (ChatEvent event : events) {
            if (event instanceof Message m) {
                positions.add(m.position());
            } else if (event instanceof SystemEvent s) {
                positions.add(s.position());
            } else if (event instanceof Gap g) {
                positions.add(g.position());
            }
        }
        return positions;
    }

    private <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A source reading a test resource under {@code /chat/}. */
    public static ChatSource resource(String path) {
        return () -> {
            InputStream in = CollectedChat.class.getResourceAsStream("/chat/" + path);
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in;
        };
    }
}
