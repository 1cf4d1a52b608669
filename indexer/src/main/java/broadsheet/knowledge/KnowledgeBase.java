package broadsheet.knowledge;

import broadsheet.corpus.CsvFiles;
import broadsheet.schema.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * corpus/entities.csv: the people, organisations and places the archive knows, each with every spelling of
 * its name. Columns {@code name,type,aliases,description}; aliases are separated by {@code |}. No spelling
 * may name two entities, so a spelling always says which entity it is.
 */
public final class KnowledgeBase {

    public static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

    private final List<KnownEntity> entities;
    private final Map<String, Spelling> byKey;
    private final int longestNameWords;

    private KnowledgeBase(List<KnownEntity> entities, Map<String, Spelling> byKey) {
        this.entities = List.copyOf(entities);
        this.byKey = Map.copyOf(byKey);
        this.longestNameWords = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), Map.of());
    }

    /** The knowledge base in {@code file}, or an empty one when there is no such file. */
    public static KnowledgeBase load(Path file) throws IOException {
        return Files.exists(file) ? parse(file, Files.readAllBytes(file)) : empty();
    }

    /** The knowledge base in {@code content}, as read from {@code file} (which messages name). */
    public static KnowledgeBase parse(Path file, byte[] content) throws IOException {
        List<KnownEntity> entities = new ArrayList<>();
        Map<String, Spelling> byKey = new LinkedHashMap<>();
        Map<String, Long> lineOfKey = new HashMap<>();
        for (CSVRecord row : CsvFiles.parse(file, content, "name", "type")) {
            long line = row.getRecordNumber() + 1;
            String where = file + " line " + line + ": ";
            String name = CsvFiles.cell(row, "name");
            if (name == null) {
                throw new IOException(where + "empty name");
            }
            String label = CsvFiles.cell(row, "type");
            EntityType type = EntityType.fromLabel(label).filter(TYPES::contains).orElseThrow(() -> new IOException(
                    where + "unknown type '" + (label == null ? "" : label) + "' for " + name + " (the types are "
                            + TYPES.stream().map(EntityType::label).toList() + ")"));
            String aliasCell = CsvFiles.cell(row, "aliases");
            List<String> aliases = aliasCell == null ? List.of()
                    : Arrays.stream(aliasCell.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            KnownEntity entity = new KnownEntity(name, type, aliases, CsvFiles.cell(row, "description"));
            for (String written : entity.names()) {
                Spelling spelling = new Spelling(written, entity);
                if (!spelling.isFindable()) {
                    throw new IOException(where + "the name '" + written + "' cannot be found in text: a name starts"
                            + " with a capital letter");
                }
                Spelling claimed = byKey.get(spelling.key());
                if (claimed != null && claimed.entity() != entity) {
                    throw new IOException(where + "'" + written + "' of " + name + " is already a name of "
                            + claimed.entity().name() + " (line " + lineOfKey.get(spelling.key()) + ")");
                }
                if (claimed == null) {
                    byKey.put(spelling.key(), spelling);
                    lineOfKey.put(spelling.key(), line);
                }
            }
            entities.add(entity);
        }
        return new KnowledgeBase(entities, byKey);
    }

    public List<KnownEntity> entities() {
        return entities;
    }

    public Collection<Spelling> spellings() {
        return byKey.values();
    }

    /** The entity a reader means by {@code text}, if it is one of the names the knowledge base knows. */
    public Optional<KnownEntity> named(String text) {
        Spelling spelling = byKey.get(NameText.key(text));
        return spelling != null && spelling.matchesInQuery(text) ? Optional.of(spelling.entity()) : Optional.empty();
    }

    /** An acronym of three capitals or fewer (US, U.S., EU): in lower case, a common word. */
    public static boolean isShortAcronym(String name) {
        return Spelling.isShortAcronym(name);
    }

    /** Whether {@code name} is a spelling of a known entity, whatever its case. */
    public boolean knows(String name) {
        return byKey.containsKey(NameText.key(name));
    }

    /** How many of {@code words}, from the first on, make up the longest name a reader may mean; 0 if none does. */
    public int nameLength(List<String> words) {
        for (int n = Math.min(longestNameWords, words.size()); n >= 1; n--) {
            if (named(String.join(" ", words.subList(0, n))).isPresent()) {
                return n;
            }
        }
        return 0;
    }
}
