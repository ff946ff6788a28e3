package org.jeli.chat.whatsapp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jeli.chat.Attachment;
import org.jeli.chat.AttachmentKind;
import org.jeli.chat.MessageFlag;

/**
 * What the text of a whole WhatsApp message shows: omitted media, a deleted-message placeholder, an
 * "edited" marker, attachment markers and voice notes, in English, French, Arabic, Spanish and
 * Portuguese.
 *
 * @param text the text as written, without an "edited" marker
 * @param attachments files the text references
 * @param flags deleted, edited, voice
 * @param mediaOmitted whether the whole message is an omitted-media placeholder
 */
record MessageBody(String text, List<Attachment> attachments, Set<MessageFlag> flags, boolean mediaOmitted) {
    private static final Pattern MEDIA_OMITTED = Pattern.compile(
            "<(?:media omitted|médias omis|تم استبعاد الوسائط|multimedia omitido|mídia oculta|arquivo de mídia oculto)>"
                    + "|(?:image|video|audio|sticker|gif) omitted|(?:.*\\s)?document omitted",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DELETED = Pattern.compile(
            "(?:this message was deleted|you deleted this message|ce message a été supprimé"
                    + "|vous avez supprimé ce message|تم حذف هذه الرسالة|لقد حذفت هذه الرسالة|حذفت هذه الرسالة"
                    + "|se eliminó este mensaje|eliminaste este mensaje|mensagem apagada|você apagou esta mensagem)\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EDITED = Pattern.compile(
            "\\s*<(?:this message was edited|ce message a été modifié|تم تعديل هذه الرسالة"
                    + "|se editó este mensaje\\.?|mensagem editada)>\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FILE_ATTACHED = Pattern.compile(
            "^(?<name>.+?) \\((?:file attached|fichier joint|arquivo anexado|archivo adjunto|ملف مرفق)\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ATTACHED_TAG = Pattern.compile(
            "<(?:attached|pièce jointe|anexado|adjunto|archivo adjunto|مرفق) ?: ?(?<name>[^<>]+)>",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    MessageBody {
        attachments = List.copyOf(attachments);
        flags = Set.copyOf(flags);
    }

    static MessageBody read(String text) {
        String plain = HeadText.withoutMarks(text);
        if (MEDIA_OMITTED.matcher(plain).matches()) {
            return new MessageBody(text, List.of(), Set.of(), true);
        }
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        if (DELETED.matcher(plain).matches()) {
            flags.add(MessageFlag.DELETED);
        }
        String kept = text;
        Matcher edited = EDITED.matcher(text);
        if (edited.find()) {
            flags.add(MessageFlag.EDITED);
            kept = text.substring(0, edited.start());
        }
        List<Attachment> attachments = attachments(kept);
        if (attachments.stream().anyMatch(a -> a.kind() == AttachmentKind.VOICE)) {
            flags.add(MessageFlag.VOICE);
        }
        return new MessageBody(kept, attachments, flags, false);
    }

    private static List<Attachment> attachments(String text) {
        List<Attachment> found = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String plain = HeadText.withoutMarks(line);
            Matcher tag = ATTACHED_TAG.matcher(plain);
            boolean tagged = false;
            while (tag.find()) {
                add(found, tag.group("name"));
                tagged = true;
            }
            Matcher attached = FILE_ATTACHED.matcher(plain);
            if (!tagged && attached.find()) {
                add(found, attached.group("name"));
            }
        }
        return found;
    }

    private static void add(List<Attachment> found, String name) {
        String clean = HeadText.withoutMarks(name);
        if (clean.indexOf('.') > 0) {
            found.add(Attachment.named(clean));
        }
    }
}
