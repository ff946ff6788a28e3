package org.jeli.viewer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Action;
import org.jeli.access.Membership;
import org.jeli.access.UserStore;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.jdbc.JdbcMetadataStore;
import org.jeli.ingest.web.AccessLog;
import org.jeli.ingest.web.ChatJson;
import org.jeli.ingest.web.ConversationResource;
import org.jeli.ingest.web.ItemAccess;
import org.jeli.ingest.web.Redaction;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogReader;
import org.jeli.viewer.Derivatives;

/**
 * {@code GET /items/{id}}: the media, claims beside extracted metadata with the source of each date
 * and place, hashes, the custody timeline with proofs checked against the latest checkpoint, and
 * the actions the member's role allows (download, export and verify for investigators). Viewing
 * the page is logged ({@code item.viewed}) like {@code GET /api/items/{id}}; the same access rules
 * apply (404 for what the user may not know exists). A chat message shows its sender, local time,
 * flags and attachments and the conversation around it ({@code before}/{@code after} messages,
 * 10 each by default); a file links to the messages it was attached to; every arrival of the bytes
 * is listed. These come from the API's JSON ({@link ChatJson}), so pseudonyms apply alike.
 */
@Path("/items/{id}")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemPage {
    private final Pages pages;
    private final ItemAccess access;
    private final AccessLog accessLog;
    private final JdbcAccessStore memberships;
    private final AccessPolicy policy;
    private final JdbcMetadataStore metadata;
    private final LogReader log;
    private final Derivatives derivatives;
    private final ChatJson chat;
    private final UserStore users;

    public ItemPage(
            Pages pages,
            ItemAccess access,
            AccessLog accessLog,
            JdbcAccessStore memberships,
            AccessPolicy policy,
            JdbcMetadataStore metadata,
            LogReader log,
            Derivatives derivatives,
            ChatJson chat,
            UserStore users) {
        this.chat = chat;
        this.users = users;
        this.pages = pages;
        this.access = access;
        this.accessLog = accessLog;
        this.memberships = memberships;
        this.policy = policy;
        this.metadata = metadata;
        this.log = log;
        this.derivatives = derivatives;
    }

    /** What the member may do besides viewing. */
    public record Actions(boolean download, boolean export, boolean verify, String exportBody, String verifyBody) {
        public boolean any() {
            return download || export || verify;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance item(
                PageContext page,
                ItemView item,
                MediaView media,
                String text,
                CustodyRows.Timeline custody,
                Actions actions,
                String watermark,
                ChatView chat);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance item(
            @PathParam("id") String id,
            @QueryParam("before") @DefaultValue("10") int before,
            @QueryParam("after") @DefaultValue("10") int after,
            @Context HttpHeaders headers,
            @Context UriInfo uri)
            throws IOException {
        ItemAccess.Granted granted = access.authorize(id, Action.VIEW);
        ItemDetails item = granted.item();
        accessLog.record("item.viewed", item, Map.of("via", "page"));
        PageContext context = pages.context(headers, uri);
        Optional<Membership> membership = memberships.membership(granted.user().id(), item.collectionId());
        Actions actions = new Actions(
                allowed(membership, item, Action.DOWNLOAD_ORIGINAL),
                allowed(membership, item, Action.EXPORT),
                allowed(membership, item, Action.VERIFY),
                "{\"items\":[\"" + item.id() + "\"]}",
                "{\"sha256\":\"" + item.sha256() + "\"}");
        ChatView chatView = chatView(granted, window(before), window(after));
        // a message's stored document names its sender: the page shows the API's message instead
        String text = chatView.isMessage() ? null : metadata.text(item.sha256());
        if (text != null && !granted.identifying()) {
            text = Redaction.text(text, item.mediaType());
        }
        LogReader.Custody custody = log.custody(List.of(EntryDraft.item(item.id()), "blob:sha256:" + item.sha256()));
        return Pages.localized(
                Templates.item(
                        context,
                        ItemView.of(item, granted.identifying()),
                        MediaView.of(item, derivatives, granted.user().id()),
                        text == null || text.isBlank() ? null : text,
                        CustodyRows.of(custody, users::displayNames),
                        actions,
                        context.displayName() + " (" + context.username() + ") · " + context.nowText(),
                        chatView),
                context);
    }

    /** The chat parts from the API's own JSON (see {@link ChatJson}): message, window, attachments, arrivals. */
    private ChatView chatView(ItemAccess.Granted granted, int before, int after) {
        Map<String, Object> json = new LinkedHashMap<>();
        chat.addItemFields(json, granted);
        Map<String, Object> conversation = json.containsKey("message") ? chat.window(granted, before, after, 0) : null;
        return ChatView.of(json, conversation, before, after, ConversationResource.MAX_WINDOW);
    }

    private static int window(int n) {
        return Math.max(0, Math.min(ConversationResource.MAX_WINDOW, n));
    }

    private boolean allowed(Optional<Membership> membership, ItemDetails item, Action action) {
        return policy.decide(membership, item.claims().sensitivity(), action).allowed();
    }
}
