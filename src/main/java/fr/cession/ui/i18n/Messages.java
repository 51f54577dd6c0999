package fr.cession.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The screens' words, from {@code fr/cession/ui/messages_fr.properties} (the default) or
 * {@code messages_en.properties}. Enum labels use the key {@code enum.<SimpleName>.<CONSTANT>}.
 */
public final class Messages {

    public static final String BUNDLE = "fr.cession.ui.messages";
    public static final Locale FRENCH = Locale.FRANCE;
    public static final Locale ENGLISH = Locale.UK;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.equals(ENGLISH);
    }

    /** The text of {@code key}; with arguments it is a {@link MessageFormat} pattern (write '' for an apostrophe). */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key (data-defined codes). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * An activity's title: the playbook's own in French (the manager writes it there, and an edit
     * must show), the bundle's translation of its type in another language when there is one.
     */
    public String activityTitle(String typeCode, String playbookTitle) {
        String own = playbookTitle == null || playbookTitle.isBlank() ? typeCode : playbookTitle;
        return isEnglish() ? getOr("board.activity." + typeCode, own) : own;
    }

    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
