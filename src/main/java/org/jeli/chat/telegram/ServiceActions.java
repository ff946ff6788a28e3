package org.jeli.chat.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jeli.chat.SystemEventKind;

/** Maps Telegram service-message actions to system-event kinds and a readable description. */
final class ServiceActions {
    private ServiceActions() {}

    static SystemEventKind kind(JsonNode service) {
        String action = service.path("action").asText("");
        return switch (action) {
            case "create_group", "create_channel", "migrate_from_group", "migrate_to_supergroup" ->
                SystemEventKind.GROUP_CREATED;
            case "invite_members" -> SystemEventKind.ADDED;
            case "remove_members" -> removesOnlyTheActor(service) ? SystemEventKind.LEFT : SystemEventKind.REMOVED;
            case "join_group_by_link", "join_group_by_request" -> SystemEventKind.JOINED;
            case "edit_group_title" -> SystemEventKind.SUBJECT_CHANGED;
            case "edit_group_photo", "delete_group_photo" -> SystemEventKind.ICON_CHANGED;
            case "pin_message" -> SystemEventKind.MESSAGE_PINNED;
            case "phone_call", "group_call", "invite_to_group_call" -> SystemEventKind.CALL;
            default -> SystemEventKind.OTHER;
        };
    }

    /** The action, the new title if any, and the members it names, e.g. {@code invite_members: A, B}. */
    static String describe(JsonNode service) {
        StringBuilder text = new StringBuilder(service.path("action").asText("service"));
        String title = service.path("title").asText("");
        if (!title.isEmpty()) {
            text.append(" \"").append(title).append('"');
        }
        List<String> members = members(service);
        if (!members.isEmpty()) {
            text.append(": ").append(String.join(", ", members));
        }
        return text.toString();
    }

    private static boolean removesOnlyTheActor(JsonNode service) {
        List<String> members = members(service);
        return members.size() == 1
                && members.get(0).equals(service.path("actor").asText(null));
    }

    private static List<String> members(JsonNode service) {
        List<String> members = new ArrayList<>();
        for (JsonNode member : service.path("members")) {
            if (member.isTextual()) {
                members.add(member.asText());
            }
        }
        return members;
    }
}
