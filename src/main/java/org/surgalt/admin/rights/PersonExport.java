package org.surgalt.admin.rights;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.surgalt.content.AssetStore;
import org.surgalt.xapi.PersonStatements;

/**
 * Everything held about a person as a ZIP: README.json (what each file holds), one JSON file per
 * kind of record ({@link PersonExportFiles}), their xAPI statements, and the files of their
 * submissions under files/. Written while it is read, row by row and file by file, so a person
 * with gigabytes of uploads costs the memory of one buffer.
 */
@ApplicationScoped
public class PersonExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource database;
    private final AssetStore store;
    private final PersonStatements statements;

    PersonExport(DataSource database, AssetStore store, PersonStatements statements) {
        this.database = database;
        this.store = store;
        this.statements = statements;
    }

    /** The ZIP of the person's data; the caller has checked who may have it and audited it. */
    public StreamingOutput zip(long userId) {
        return out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            readme(zip, userId);
            List<String[]> files = new ArrayList<>();
            for (PersonExportFiles.File file : PersonExportFiles.FILES) {
                zip.putNextEntry(new ZipEntry(file.name()));
                JsonGenerator json = generator(zip);
                rows(file.sql(), userId, json, files, "submission-files.json".equals(file.name()));
                json.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(PersonExportFiles.XAPI_FILE));
            xapi(userId, generator(zip));
            zip.closeEntry();
            for (String[] file : files) {
                zip.putNextEntry(new ZipEntry(file[0]));
                try (InputStream in = store.open(file[1])) {
                    in.transferTo(zip);
                } catch (IOException e) {
                    // A file whose bytes are gone (collected) is left out; its row still says it existed.
                }
                zip.closeEntry();
            }
            zip.finish();
        };
    }

    private void readme(ZipOutputStream zip, long userId) throws IOException {
        zip.putNextEntry(new ZipEntry("README.json"));
        JsonGenerator json = generator(zip);
        json.writeStartObject();
        json.writeNumberField("person", userId);
        json.writeStringField("exportedAt", Instant.now().toString());
        json.writeStringField("about", "Everything Surgalt holds about this person, as Mongolia's 2021 Law on "
                + "Personal Data Protection provides. Times are UTC. Each JSON file is a list of records.");
        json.writeObjectFieldStart("files");
        for (PersonExportFiles.File file : PersonExportFiles.FILES) {
            json.writeStringField(file.name(), file.holds());
        }
        json.writeStringField(PersonExportFiles.XAPI_FILE, PersonExportFiles.XAPI_HOLDS);
        json.writeStringField("files/", "The files of the person's submissions and of their feedback, named as "
                + "the path field of submission-files.json says");
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        zip.closeEntry();
    }

    private void rows(String sql, long userId, JsonGenerator json, List<String[]> files, boolean collectFiles)
            throws IOException {
        json.writeStartArray();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, userId);
            }
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    json.writeStartObject();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        json.writeFieldName(meta.getColumnLabel(c));
                        value(json, rows.getObject(c));
                    }
                    json.writeEndObject();
                    if (collectFiles && rows.getString("path") != null) {
                        files.add(new String[] {rows.getString("path"), rows.getString("sha256")});
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("reading a person's records failed", e);
        }
        json.writeEndArray();
    }

    private void xapi(long userId, JsonGenerator json) throws IOException {
        json.writeStartArray();
        long after = 0;
        while (after >= 0) {
            PersonStatements.Batch batch = statements.batch(userId, after, 500);
            for (PersonStatements.Stored statement : batch.statements()) {
                json.writeRawValue(statement.body());
            }
            after = batch.next();
        }
        json.writeEndArray();
        json.flush();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Number n) {
            json.writeNumber(n.longValue());
        } else if (value instanceof Timestamp t) {
            json.writeString(t.toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
        } else if (value instanceof java.time.LocalDateTime t) {
            json.writeString(t.toInstant(ZoneOffset.UTC).toString());
        } else if (value instanceof byte[] bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes));
        } else {
            json.writeString(value.toString());
        }
    }

    private static JsonGenerator generator(OutputStream zip) {
        try {
            JsonGenerator json = JSON.getFactory().createGenerator(zip, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            return json.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
