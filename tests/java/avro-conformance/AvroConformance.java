// Independent check of diplo's Avro single-object encoding with Apache Avro's Java implementation.
// Usage (Java single-file launch, classpath from Maven):
//   java -cp 'libs/*' AvroConformance.java fingerprint SCHEMA_DIR NAME
//   java -cp 'libs/*' AvroConformance.java decode SCHEMA_DIR NAME MESSAGE_FILE      -> JSON of the record
//   java -cp 'libs/*' AvroConformance.java encode SCHEMA_DIR NAME AVRO_JSON_FILE OUT_FILE
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;

public class AvroConformance {
    static Schema load(String dir, String name) throws Exception {
        // parse every schema file with one parser so cross-file references resolve
        Schema.Parser parser = new Schema.Parser();
        List<File> pending = new ArrayList<>();
        for (File f : new File(dir).listFiles()) if (f.getName().endsWith(".avsc")) pending.add(f);
        for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
            List<File> failed = new ArrayList<>();
            for (File f : pending) {
                try { parser.parse(f); } catch (Exception e) { failed.add(f); }
            }
            pending = failed;
        }
        return parser.getTypes().get("diplo." + name);
    }

    public static void main(String[] args) throws Exception {
        Schema schema = load(args[1], args[2]);
        switch (args[0]) {
            case "fingerprint" -> System.out.printf("%016x%n", SchemaNormalization.parsingFingerprint64(schema));
            case "decode" -> {
                BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), schema);
                GenericRecord record = decoder.decode(Files.readAllBytes(Path.of(args[3])));
                System.out.println(record.toString());
            }
            case "encode" -> {
                String json = Files.readString(Path.of(args[3]));
                GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(schema);
                GenericRecord record = reader.read(null, DecoderFactory.get().jsonDecoder(schema, json));
                BinaryMessageEncoder<GenericRecord> encoder = new BinaryMessageEncoder<>(GenericData.get(), schema);
                ByteBuffer buffer = encoder.encode(record);
                byte[] out = new byte[buffer.remaining()];
                buffer.get(out);
                Files.write(Path.of(args[4]), out);
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
