package broadsheet.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * An article's entities and their mentions as the index stores them: compact binary rather than JSON, because
 * every article stores a few dozen entities and their mentions and the indexer's throughput pays for every byte.
 * Per entity: the name, the type's ordinal, then per mention the field, the start as a change from the mention
 * before, and the length.
 */
final class StoredEntities {

    private static final EntityType[] TYPES = EntityType.values();
    private static final List<String> TEXT_FIELDS = List.of(Fields.TITLE, Fields.BODY);

    private StoredEntities() {}

    static BytesRef encode(List<ArticleEntity> entities) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(entities.size());
            for (ArticleEntity entity : entities) {
                out.writeString(entity.name());
                out.writeByte((byte) entity.type().ordinal());
                out.writeVInt(entity.mentions().size());
                int previousStart = 0;
                for (Mention mention : entity.mentions()) {
                    out.writeByte((byte) fieldNumber(mention.field()));
                    out.writeZInt(mention.start() - previousStart);
                    out.writeVInt(mention.end() - mention.start());
                    previousStart = mention.start();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: the output is in memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static List<ArticleEntity> decode(BytesRef stored) {
        ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
        try {
            int count = in.readVInt();
            List<ArticleEntity> entities = new ArrayList<>(count);
            for (int e = 0; e < count; e++) {
                String name = in.readString();
                EntityType type = TYPES[in.readByte()];
                int mentionCount = in.readVInt();
                List<Mention> mentions = new ArrayList<>(mentionCount);
                int start = 0;
                for (int m = 0; m < mentionCount; m++) {
                    String field = TEXT_FIELDS.get(in.readByte());
                    start += in.readZInt();
                    mentions.add(new Mention(field, start, start + in.readVInt()));
                }
                entities.add(new ArticleEntity(name, type, mentions));
            }
            return entities;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the stored entities are damaged; reindex with --full", e);
        }
    }

    private static int fieldNumber(String field) {
        int number = TEXT_FIELDS.indexOf(field);
        if (number < 0) {
            throw new IllegalArgumentException("a mention in " + field + ", which is not a text field");
        }
        return number;
    }
}
