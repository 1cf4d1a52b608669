package broadsheet.testing;

import broadsheet.corpus.Corpus;
import broadsheet.knowledge.CorpusKnowledge;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A corpus folder that a test writes file by file: real text, JSON, HTML, PDF and DOCX files. */
public final class TestCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final StringBuilder sources = new StringBuilder("path,outlet,url,date,title\n");
    private final StringBuilder outlets = new StringBuilder("outlet,domain,bias,rated_by\n");

    public TestCorpus(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve(Corpus.ARTICLES));
    }

    public Path root() {
        return root;
    }

    public Corpus corpus() {
        return new Corpus(root);
    }

    /** What the corpus's CSV files say, as they are now. */
    public CorpusKnowledge knowledge() throws IOException {
        return CorpusKnowledge.load(corpus());
    }

    /** Writes a file under articles/ and returns its path. */
    public Path write(String name, byte[] content) throws IOException {
        Path file = root.resolve(Corpus.ARTICLES).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    public Path text(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A news JSON article in the newspaper3k shape of the bundled corpus. */
    public Path newsJson(String name, String title, String text, String outlet, String date) throws IOException {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("ID", name);
        article.put("source", outlet);
        article.put("url", "https://example.org/" + name);
        article.put("date", date);
        article.put("authors", "Ann Writer, Bob Reporter");
        article.put("title", title);
        article.put("content_original", text);
        return write(name, JSON.writeValueAsBytes(article));
    }

    public Path html(String name, String title, String publishedTime, String paragraph) throws IOException {
        String page = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>%s</title>
                <meta property="article:published_time" content="%s">
                <meta property="og:site_name" content="Example Times"></head>
                <body><h1>%s</h1><p>%s</p></body></html>
                """.formatted(title, publishedTime, title, paragraph);
        return text(name, page);
    }

    public Path pdf(String name, String title, String line) throws IOException {
        return pdf(name, title, line, false);
    }

    public Path encryptedPdf(String name, String line) throws IOException {
        return pdf(name, "Secret", line, true);
    }

    private Path pdf(String name, String title, String line, boolean encrypted) throws IOException {
        Path file = root.resolve(Corpus.ARTICLES).resolve(name);
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    public Path docx(String name, String title, String paragraph) throws IOException {
        Path file = root.resolve(Corpus.ARTICLES).resolve(name);
        Files.createDirectories(file.getParent());
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.createParagraph().createRun().setText(paragraph);
            document.write(out);
        }
        return file;
    }

    /**
     * A Word document of a few megabytes whose text expands to {@code expandedMegabytes} of XML: a decompression
     * bomb, written entry by entry since the XML is never held whole.
     */
    public Path docxBomb(String name, int expandedMegabytes) throws IOException {
        Path file = root.resolve(Corpus.ARTICLES).resolve(name);
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                     <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                     <Default Extension="xml" ContentType="application/xml"/>
                     <Override PartName="/word/document.xml"
                       ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>
                    """);
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                     <Relationship Id="rId1" Target="word/document.xml"
                       Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>
                    """);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                    + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] paragraphs = "<w:p><w:r><w:t>All work and no play makes Jack a dull boy.</w:t></w:r></w:p>"
                    .repeat(12_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < expandedMegabytes * 1_000_000L; written += paragraphs.length) {
                zip.write(paragraphs);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A minimal OpenDocument text: the zip entries an ODF reader needs, written by hand. */
    public Path odt(String name, String title, String paragraph) throws IOException {
        Path file = root.resolve(Corpus.ARTICLES).resolve(name);
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            entry(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                     <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            entry(zip, "meta.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                      xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                     <office:meta><dc:title>%s</dc:title></office:meta>
                    </office:document-meta>
                    """.formatted(title));
            entry(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>
                    """.formatted(paragraph));
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public Path eml(String name, String subject, String date, String body) throws IOException {
        String message = """
                From: Desk <desk@example.org>
                To: archive@example.org
                Subject: %s
                Date: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(subject, date, body);
        return text(name, message.replace("\n", "\r\n"));
    }

    /** Adds a sources.csv row (blank cells as empty strings) and rewrites the file. */
    public TestCorpus source(String path, String outlet, String url, String date, String title) throws IOException {
        sources.append(String.join(",", quote(path), quote(outlet), quote(url), quote(date), quote(title))).append('\n');
        Files.writeString(root.resolve(Corpus.SOURCES), sources);
        return this;
    }

    public TestCorpus outlet(String outlet, String domain, String bias) throws IOException {
        outlets.append(String.join(",", quote(outlet), quote(domain), quote(bias), "")).append('\n');
        Files.writeString(root.resolve(Corpus.OUTLETS), outlets);
        return this;
    }

    private static String quote(String cell) {
        return cell == null ? "" : "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
