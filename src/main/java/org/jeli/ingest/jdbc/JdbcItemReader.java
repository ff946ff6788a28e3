package org.jeli.ingest.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Sensitivity;
import org.jeli.common.Ids;
import org.jeli.ingest.Claims;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ItemFilter;
import org.jeli.ingest.ItemPage;
import org.jeli.ingest.ItemSummary;
import org.jeli.ingest.SourcePlatform;
import org.jeli.ingest.SubmissionDetails;

/** Reads items, their submissions and metadata. */
@ApplicationScoped
public class JdbcItemReader {
    private static final String ITEM_SQL = "select i.id, i.collection_id, c.name, b.sha256, b.sha512, b.size,"
            + " b.media_type, i.created_at, u.username, i.title, i.description, i.source_platform, i.source_detail,"
            + " i.claimed_captured_at, i.claimed_location, i.sensitivity, i.language"
            + " from items i join collections c on c.id = i.collection_id join blobs b on b.sha256 = i.blob_sha256"
            + " join users u on u.id = i.created_by where i.id = ? and i.visible";
    private static final String SUBMISSIONS_SQL = "select s.id, u.username, s.submitted_at, s.method,"
            + " s.original_filename, s.declared_type, s.filename_date, s.filename_pattern, s.title, s.description,"
            + " s.source_platform, s.source_detail, s.claimed_captured_at, s.claimed_location, i.sensitivity,"
            + " s.language from submissions s join users u on u.id = s.submitted_by join items i on i.id = s.item_id"
            + " where s.item_id = ? order by s.submitted_at, s.id";

    private final DataSource dataSource;
    private final JdbcMetadataStore metadata;
    private final AccessPolicy policy;

    public JdbcItemReader(DataSource dataSource, JdbcMetadataStore metadata, AccessPolicy policy) {
        this.dataSource = dataSource;
        this.metadata = metadata;
        this.policy = policy;
    }

    public Optional<ItemDetails> find(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            ItemDetails partial;
            String sha;
            try (PreparedStatement ps = c.prepareStatement(ITEM_SQL)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    sha = rs.getString(4);
                    partial = new ItemDetails(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            sha,
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getString(7),
                            rs.getTimestamp(8).toInstant(),
                            rs.getString(9),
                            claims(rs, 10),
                            null,
                            List.of());
                }
            }
            List<SubmissionDetails> submissions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SUBMISSIONS_SQL)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        submissions.add(new SubmissionDetails(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                claims(rs, 9)));
                    }
                }
            }
            return Optional.of(new ItemDetails(
                    partial.id(),
                    partial.collectionId(),
                    partial.collectionName(),
                    partial.sha256(),
                    partial.sha512(),
                    partial.size(),
                    partial.detectedType(),
                    partial.createdAt(),
                    partial.createdBy(),
                    partial.claims(),
                    metadata.details(c, sha),
                    submissions));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the item failed", e);
        }
    }

    /** Claims from eight columns starting at {@code i}: title … location, sensitivity, language. */
    private static Claims claims(ResultSet rs, int i) throws SQLException {
        return new Claims(
                rs.getString(i),
                rs.getString(i + 1),
                SourcePlatform.fromLabel(rs.getString(i + 2)),
                rs.getString(i + 3),
                rs.getString(i + 4),
                rs.getString(i + 5),
                Sensitivity.fromLabel(rs.getString(i + 6)),
                rs.getString(i + 7));
    }

    public ItemPage list(ItemFilter f, long userId) {
        StringBuilder where = new StringBuilder(
                " where ms.user_id = ? and i.visible and sensitivity_rank(i.sensitivity) <= sensitivity_rank(ms.clearance)");
        List<Object> args = new ArrayList<>();
        args.add(userId);
        if (f.collection() != null) {
            UUID asId = Ids.parseUuid(f.collection()).orElse(null);
            where.append(asId != null ? " and c.id = ?" : " and c.name = ?");
            args.add(asId != null ? asId : f.collection());
        }
        if (f.mediaType() != null) {
            if (f.mediaType().endsWith("/*")) {
                where.append(" and coalesce(m.media_type, b.media_type) like ?");
                args.add(f.mediaType().substring(0, f.mediaType().length() - 1).replace("%", "") + "%");
            } else {
                where.append(" and coalesce(m.media_type, b.media_type) = ?");
                args.add(f.mediaType());
            }
        }
        if (f.from() != null) {
            where.append(" and i.created_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            where.append(" and i.created_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        if (f.sourcePlatform() != null) {
            where.append(" and i.source_platform = ?");
            args.add(f.sourcePlatform().label());
        }
        if (f.sensitivity() != null) {
            where.append(" and i.sensitivity = ?");
            args.add(f.sensitivity().label());
        }
        String from = " from items i join collections c on c.id = i.collection_id join memberships ms on"
                + " ms.collection_id = i.collection_id join blobs b on b.sha256 = i.blob_sha256"
                + " left join metadata m on m.blob_sha256 = i.blob_sha256";
        String order = " order by i.created_at desc, i.id desc";
        List<Object> orderArgs = new ArrayList<>();
        if (f.query() != null) {
            // The same membership and clearance filter as the list; identifying fields (claimed place,
            // phone numbers in the text) are searched only for members cleared to see them.
            from += " join item_search s on s.item_id = i.id";
            where.append(" and (s.document @@ jeli_search_query(?) or (sensitivity_rank(ms.clearance) >="
                    + " sensitivity_rank(?) and s.identifying @@ jeli_search_query(?)))");
            args.add(f.query().tsquery());
            args.add(policy.identifyingClearance().label());
            args.add(f.query().tsquery());
            order = " order by ts_rank(s.document, jeli_search_query(?)) desc, i.created_at desc, i.id desc";
            orderArgs.add(f.query().tsquery());
        }
        String select = "select i.id, c.id, c.name, b.sha256, b.size, coalesce(m.media_type, b.media_type), i.title,"
                + " i.sensitivity, m.state, m.outcome, i.created_at" + from + where + order + " limit ? offset ?";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*)" + from + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ItemSummary> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(select)) {
                List<Object> all = new ArrayList<>(args);
                all.addAll(orderArgs);
                bind(ps, all);
                ps.setInt(all.size() + 1, f.size());
                ps.setLong(all.size() + 2, (long) f.page() * f.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ItemSummary(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getTimestamp(11).toInstant()));
                    }
                }
            }
            return new ItemPage(items, total, f.page(), f.size());
        } catch (SQLException e) {
            throw new IllegalStateException("listing items failed", e);
        }
    }

    public List<UUID> itemsWithBlob(String sha256Hex) {
        List<UUID> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select id from items where blob_sha256 = ? order by created_at, id")) {
            ps.setString(1, sha256Hex);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("looking up items by blob failed", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
