package org.jeli.chat;

import java.util.Objects;
import org.jeli.common.JeliException;

/**
 * A chat export is refused: hostile, damaged or not a chat. The web layer answers it with a {@code
 * 422} problem carrying {@link RefusalReason#code()}. The message is the reason's safe message;
 * internal detail (an entry index, a size) may follow it but never a name or content.
 */
public final class ChatImportRefusedException extends JeliException {
    private final RefusalReason reason;

    public ChatImportRefusedException(RefusalReason reason) {
        this(reason, null);
    }

    public ChatImportRefusedException(RefusalReason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").safeMessage(), cause);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }
}
