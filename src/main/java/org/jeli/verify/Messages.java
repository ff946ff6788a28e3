package org.jeli.verify;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The verifier's sentences in English or French, from {@code messages*.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "org.jeli.verify.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code fr} for French, anything else English. */
    public static Messages forLanguage(String lang) {
        return new Messages("fr".equalsIgnoreCase(lang) ? Locale.FRENCH : Locale.ROOT);
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String describe(Finding f) {
        return bundle.getString(f.code().name());
    }
}
