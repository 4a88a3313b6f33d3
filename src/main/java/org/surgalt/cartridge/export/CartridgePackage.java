package org.surgalt.cartridge.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.surgalt.content.AssetStore;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.quiz.QuestionContent;

/**
 * Writes the cartridge as a ZIP (java.util.zip) straight to the response: the manifest first, then
 * each resource's document, then every file copied from the asset store in 64 KiB pieces, so memory
 * stays that of the course's texts however large its files are.
 */
final class CartridgePackage {

    private final ExportSource source;
    private final CartridgeLayout layout;
    private final AssetStore assets;

    CartridgePackage(ExportSource source, CartridgeLayout layout, AssetStore assets) {
        this.source = source;
        this.layout = layout;
        this.assets = assets;
    }

    void write(OutputStream response) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(response, StandardCharsets.UTF_8)) {
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }

                @Override
                public void close() {
                    // the archive stays open: it is closed once, after the last entry
                }
            };
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            xml(() -> ManifestWriter.write(source, layout, entry));
            for (CartridgeLayout.Resource resource : layout.resources()) {
                if (resource.item() != null) {
                    document(zip, entry, resource);
                }
            }
            if (layout.hasRubrics()) {
                zip.putNextEntry(new ZipEntry(CartridgeLayout.RUBRICS));
                xml(() -> ResourceDocuments.rubrics(source, entry));
            }
            byte[] buffer = new byte[64 * 1024];
            for (CartridgeLayout.File file : layout.files().values()) {
                zip.putNextEntry(new ZipEntry(file.path()));
                try (InputStream in = assets.open(file.file().sha256())) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        zip.write(buffer, 0, n);
                    }
                }
            }
            zip.closeEntry();
        }
    }

    private void document(ZipOutputStream zip, OutputStream entry, CartridgeLayout.Resource resource)
            throws IOException {
        ItemContent item = resource.item();
        String title = source.text(item.title());
        String path = resource.files().get(0);
        switch (resource.type()) {
            case CartridgeLayout.WEBCONTENT -> {
                if (resource.document() == null) {
                    return; // a file item: its file is written with the others
                }
                zip.putNextEntry(new ZipEntry(path));
                zip.write(ResourceDocuments.page(title, source.content().language(), resource.document())
                        .getBytes(StandardCharsets.UTF_8));
            }
            case CartridgeLayout.WEBLINK -> {
                zip.putNextEntry(new ZipEntry(path));
                xml(() -> ResourceDocuments.webLink(title, item.url(), entry));
            }
            case CartridgeLayout.LTI -> {
                zip.putNextEntry(new ZipEntry(path));
                xml(() -> ResourceDocuments.ltiLink(title, item.url(),
                        source.ltiCustom().getOrDefault(item.id(), Map.of()), entry));
            }
            case CartridgeLayout.ASSIGNMENT -> {
                zip.putNextEntry(new ZipEntry(path));
                xml(() -> ResourceDocuments.assignment(resource, title, source.assignments().get(item.id()), entry));
            }
            case CartridgeLayout.ASSESSMENT -> {
                List<QuestionContent> questions = source.quizzes().getOrDefault(item.id(), List.of());
                zip.putNextEntry(new ZipEntry(path));
                xml(() -> QtiWriter.write(resource.identifier() + "_assessment", title, questions, entry));
            }
            default -> throw new IllegalStateException("no document for " + resource.type());
        }
    }

    @FunctionalInterface
    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    private static void xml(XmlWork work) throws IOException {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
