// Independent check of diplo's Avro single-object encoding with Apache Avro's Java implementation.
// Usage (Java single-file launch, classpath from Maven):
//   java -cp 'libs/*' AvroConformance.java fingerprint SCHEMA_DIR NAME
//   java -cp 'libs/*' AvroConformance.java decode SCHEMA_DIR NAME MESSAGE_FILE      -> JSON of the record
//   java -cp 'libs/*' AvroConformance.java encode SCHEMA_DIR NAME AVRO_JSON_FILE OUT_FILE
//   java -cp 'libs/*' AvroConformance.java parse FILE...   -> "FILE FULLNAME FINGERPRINT" per file, each parsed alone
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // each file is self-contained (issue 14): a fresh parser per file, no parse order to know
        return new Schema.Parser().parse(new File(dir, name + ".avsc"));
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("parse")) {
            for (int i = 1; i < args.length; i++) {
                Schema alone = new Schema.Parser().parse(new File(args[i]));
                System.out.printf("%s %s %016x%n", args[i], alone.getFullName(),
                                  SchemaNormalization.parsingFingerprint64(alone));
            }
            return;
        }
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
