package org.jeli.chat.whatsapp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jeli.chat.SystemEventKind;

/**
 * Recognises WhatsApp's system notices in English, French, Arabic, Spanish and Portuguese. Every
 * rule is anchored at the start and forbids a colon before its keyword, so an ordinary message such
 * as {@code Awa: I added Moussa} never reads as a notice.
 */
final class SystemNotices {
    /** A recognised notice and, when the phrasing names one, who did it. */
    record Notice(SystemEventKind kind, String actor) {}

    private record Rule(SystemEventKind kind, Pattern pattern) {}

    private static final String ACTOR = "^(?<actor>[^:]+?) ";
    private static final String FR = "(?:a|avez) ";
    private static final String APOSTROPHE = "['’]";

    private static final List<Rule> RULES = List.of(
            contains(SystemEventKind.ENCRYPTION_NOTICE, "end-to-end encrypt"),
            contains(SystemEventKind.ENCRYPTION_NOTICE, "chiffrés de bout en bout|chiffrement de bout en bout"),
            contains(SystemEventKind.ENCRYPTION_NOTICE, "مشفرة|التشفير"),
            contains(SystemEventKind.ENCRYPTION_NOTICE, "cifrados de extremo a extremo|de ponta a ponta"),
            contains(SystemEventKind.SECURITY_CODE_CHANGED, "security code|code de sécurité|رمز الأمان"),
            actor(
                    SystemEventKind.ICON_CHANGED,
                    "(?:changed|deleted) (?:this|the) group" + APOSTROPHE + "?s? icon|" + FR
                            + "(?:changé|modifié|supprimé) l" + APOSTROPHE + "icône"),
            contains(SystemEventKind.ICON_CHANGED, "صورة هذه المجموعة|صورة المجموعة"),
            actor(
                    SystemEventKind.DESCRIPTION_CHANGED,
                    "changed the group description|" + FR + "(?:changé|modifié) la description"),
            contains(SystemEventKind.DESCRIPTION_CHANGED, "وصف المجموعة"),
            actor(
                    SystemEventKind.SUBJECT_CHANGED,
                    "changed the (?:subject|group name)|" + FR
                            + "(?:changé|modifié) (?:le sujet|le nom du groupe)|cambió el asunto|mudou o assunto"),
            contains(SystemEventKind.SUBJECT_CHANGED, "اسم المجموعة|الموضوع"),
            actor(
                    SystemEventKind.GROUP_CREATED,
                    "created (?:the )?group|" + FR + "créé (?:le )?groupe|creó el grupo|criou o grupo"),
            contains(SystemEventKind.GROUP_CREATED, "أنشأ"),
            actor(SystemEventKind.NUMBER_CHANGED, "changed (?:their phone number|to )|" + FR + "changé de numéro"),
            actor(SystemEventKind.ADDED, "(?:added|" + FR + "ajouté|añadió|agregó|adicionou) "),
            contains(SystemEventKind.ADDED, "أضاف|أضفت"),
            actor(SystemEventKind.REMOVED, "(?:removed|" + FR + "retiré|eliminó|removeu) "),
            contains(SystemEventKind.REMOVED, "أزال|أزلت"),
            actor(
                    SystemEventKind.JOINED,
                    "(?:joined|" + FR + "rejoint|s" + APOSTROPHE + "est joint|se unió|entrou)(?: .*)?$"),
            contains(SystemEventKind.JOINED, "انضم"),
            actor(SystemEventKind.LEFT, "(?:left|est partie?|" + FR + "quitté.*|salió|saiu)\\.?$"),
            contains(SystemEventKind.LEFT, "غادر"));

    private SystemNotices() {}

    /** The notice {@code firstLine} (marks already removed) states, if it is one. */
    static Optional<Notice> recognise(String firstLine) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(firstLine);
            if (m.lookingAt()) {
                String actor = rule.pattern().pattern().startsWith(ACTOR) ? m.group("actor") : null;
                return Optional.of(new Notice(rule.kind(), actor));
            }
        }
        return Optional.empty();
    }

    private static Rule actor(SystemEventKind kind, String phrase) {
        return new Rule(kind, compile(ACTOR + "(?:" + phrase + ")"));
    }

    private static Rule contains(SystemEventKind kind, String phrase) {
        return new Rule(kind, compile("^[^:]*(?:" + phrase + ")"));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
