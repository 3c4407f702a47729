// Reads one of diplo's topics from Java with nothing but kafka-clients and Apache Avro: both framings.
//
//   java -cp 'libs/*' DiploTopicReader.java BOOTSTRAP TOPIC SCHEMA_DIR [REGISTRY_URL]
//
// Prints every record currently on TOPIC as one JSON line, then exits.
// - Avro single-object encoding (diplo's default): 0xC3 0x01, the schema's 8-byte CRC-64-AVRO
//   fingerprint (little-endian), the body. The writer's schema is found by fingerprint among the
//   .avsc files of SCHEMA_DIR and SCHEMA_DIR/history (each file stands alone).
// - Confluent wire format (diplo with DIPLO_SCHEMA_REGISTRY_URL): 0x00, the 4-byte big-endian schema
//   id, the body. The writer's schema comes from REGISTRY_URL/schemas/ids/ID.
// Records are read into the current schema of the same name (SCHEMA_DIR/NAME.avsc), as diplo does.
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public class DiploTopicReader {
    static final Map<Long, Schema> BY_FINGERPRINT = new HashMap<>();
    static final Map<String, Schema> CURRENT = new HashMap<>();
    static final Map<Integer, Schema> BY_ID = new HashMap<>();
    static String registry;

    static void loadSchemas(File dir, boolean current) throws Exception {
        File[] files = dir.listFiles((d, name) -> name.endsWith(".avsc"));
        if (files == null) return;
        for (File file : files) {
            Schema schema = new Schema.Parser().parse(file);
            BY_FINGERPRINT.put(SchemaNormalization.parsingFingerprint64(schema), schema);
            if (current) CURRENT.put(schema.getFullName(), schema);
        }
    }

    static Schema byId(int id) throws Exception {
        if (!BY_ID.containsKey(id)) {
            if (registry == null) throw new IllegalStateException("Confluent-framed record (id " + id + "), no registry URL");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(registry + "/schemas/ids/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
            // {"schema": "<the schema as a JSON string>", ...}; Jackson comes with Apache Avro
            String text = new ObjectMapper().readTree(response.body()).get("schema").asText();
            BY_ID.put(id, new Schema.Parser().parse(text));
        }
        return BY_ID.get(id);
    }

    static GenericRecord decode(byte[] value) throws Exception {
        Schema writer;
        int start;
        if (value.length >= 10 && (value[0] & 0xff) == 0xC3 && value[1] == 0x01) {
            long fingerprint = ByteBuffer.wrap(value, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            writer = BY_FINGERPRINT.get(fingerprint);
            if (writer == null) throw new IllegalStateException(String.format("unknown fingerprint %016x", fingerprint));
            start = 10;
        } else if (value.length >= 5 && value[0] == 0) {
            writer = byId(ByteBuffer.wrap(value, 1, 4).getInt());
            start = 5;
        } else {
            throw new IllegalStateException("not Avro (neither 0xC3 0x01 nor 0x00 framing)");
        }
        Schema reader = CURRENT.getOrDefault(writer.getFullName(), writer);
        return new GenericDatumReader<GenericRecord>(writer, reader).read(null,
            DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(value, start, value.length), null));
    }

    public static void main(String[] args) throws Exception {
        File schemas = new File(args[2]);
        loadSchemas(new File(schemas, "history"), false);
        loadSchemas(schemas, true);
        registry = args.length > 3 ? args[3] : null;
        Properties props = new Properties();
        props.put("bootstrap.servers", args[0]);
        props.put("key.deserializer", ByteArrayDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(args[1]).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(decode(record.value()));
                }
            }
        }
    }
}
