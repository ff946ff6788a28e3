package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jeli.access.Action;
import org.jeli.common.Ids;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ReceiptIssuer;
import org.jeli.verify.receipt.ReceiptText;

/**
 * {@code GET /api/items/{id}/receipt?format=txt|png|svg[&submission=<uuid>]}: a submission's receipt
 * (the item's first submission unless one is named) as text, or as a QR code of that text. Readable
 * by whoever may view the item; a hidden item or an unknown submission is 404.
 */
@Path("/api/items/{id}/receipt")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemReceiptResource {
    static final String TEXT = "text/plain; charset=UTF-8";
    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";

    private final ItemAccess access;
    private final ReceiptIssuer receipts;

    public ItemReceiptResource(ItemAccess access, ReceiptIssuer receipts) {
        this.access = access;
        this.receipts = receipts;
    }

    @GET
    public Response receipt(
            @PathParam("id") String id,
            @QueryParam("submission") String submission,
            @QueryParam("format") @DefaultValue("txt") String format) {
        if (!format.equals("txt") && !format.equals("png") && !format.equals("svg")) {
            throw new InvalidFieldException("format", "is txt, png or svg");
        }
        ItemDetails item = access.authorize(id, Action.VIEW).item();
        UUID wanted = null;
        if (submission != null) {
            wanted = Ids.parseUuid(submission).orElseThrow(NotFoundException::new);
        }
        ReceiptText receipt = receipts.issue(item, wanted).orElseThrow(NotFoundException::new);
        String text = receipt.format();
        Response.ResponseBuilder rb = switch (format) {
            case "png" -> Response.ok(QrCodes.png(text), PNG);
            case "svg" -> Response.ok(QrCodes.svg(text).getBytes(StandardCharsets.UTF_8), SVG);
            default -> Response.ok(text.getBytes(StandardCharsets.US_ASCII), TEXT);
        };
        return rb.header("Content-Disposition", "inline; filename=\"receipt-" + item.id() + "." + format + "\"")
                .build();
    }
}
