package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * numpy's {@code .npy} format (numpy/lib/format.py): a magic string, a version, a Python-dict header naming dtype,
 * order and shape, then the raw elements. Writes version 1.0 byte for byte as {@code np.save} does; reads versions
 * 1–3 of any float, integer or bool dtype, either byte order, C or Fortran order.
 */
public final class Npy {
    private Npy() {}

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64, GROWTH_AXIS_MAX_DIGITS = 21;

    /** The bytes {@code np.save} writes for {@code t}. */
    public static byte[] encode(Tensor t) {
        int[] dims = t.shape().dims();
        String descr = switch (t.dtype()) {
            case FLOAT64 -> "<f8";
            case INT64 -> "<i8";
            case BOOL -> "|b1";
        };
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) shape.append(i == 0 ? "" : ", ").append(dims[i]);
        shape.append(dims.length == 1 ? ",)" : ")");
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        if (dims.length > 0) header += " ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(dims[0]).length());
        int hlen = header.length() + 1, pad = ALIGN - ((MAGIC.length + 2 + 2 + hlen) % ALIGN);
        int item = t.dtype() == DType.BOOL ? 1 : 8;
        double[] data = Buffers.data(t);
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + hlen + pad + item * data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) (hlen + pad));
        out.put(header.getBytes(StandardCharsets.US_ASCII)).put(" ".repeat(pad).getBytes(StandardCharsets.US_ASCII)).put((byte) '\n');
        for (double v : data) {
            switch (t.dtype()) {
                case FLOAT64 -> out.putDouble(v);
                case INT64 -> out.putLong((long) v);
                case BOOL -> out.put((byte) (v != 0 ? 1 : 0));
            }
        }
        return out.array();
    }

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fiub])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** The array in {@code .npy} bytes; {@code name} is what the error messages call the file. */
    public static Tensor decode(byte[] bytes, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != MAGIC[i]) {
                throw new ShapeException("Cannot load file containing pickled data when allow_pickle=False (" + name + " is not a .npy file)");
            }
        }
        if (bytes.length < 10) throw new ShapeException("EOF: reading array header, expected 10 bytes got " + bytes.length);
        int major = bytes[6];
        if (major < 1 || major > 3) throw new ShapeException("we only support format version (1,0), (2,0), and (3,0), not (" + major + ", " + bytes[7] + ")");
        in.position(8);
        int hlen = major == 1 ? Short.toUnsignedInt(in.getShort()) : in.getInt();
        int start = in.position();
        if (start + hlen > bytes.length) throw new ShapeException("EOF: reading array header in " + name);
        String header = new String(bytes, start, hlen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header), f = FORTRAN.matcher(header), s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) throw new ShapeException("Cannot parse header: " + header.strip());
        String kind = d.group(2);
        int size = Integer.parseInt(d.group(3));
        boolean supported = kind.equals("f") ? size == 4 || size == 8 : kind.equals("b") ? size == 1 : size == 1 || size == 2 || size == 4 || size == 8;
        if (!supported) throw new ShapeException("mlmath reads float, int, uint and bool arrays; " + name + " holds dtype " + d.group(1) + kind + size);
        String[] parts = s.group(1).split(",");
        int[] dims = java.util.Arrays.stream(parts).map(String::trim).filter(p -> !p.isEmpty()).mapToInt(Integer::parseInt).toArray();
        Shape shape = new Shape(dims);
        DType dtype = kind.equals("f") ? DType.FLOAT64 : kind.equals("b") ? DType.BOOL : DType.INT64;
        double[] out = Buffers.alloc(shape, dtype);
        in.position(start + hlen);
        if (in.remaining() < (long) out.length * size) {
            throw new ShapeException("EOF: reading array data, expected " + (long) out.length * size + " bytes got " + in.remaining());
        }
        in.order(d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < out.length; i++) out[i] = element(in, kind, size);
        Tensor t = Buffers.wrap(out, shape, dtype);
        if (!f.group(1).equals("True") || dims.length < 2) return t;
        // Fortran order: the elements run over the first axis fastest, so they are the reversed shape, transposed.
        int[] reversed = new int[dims.length];
        for (int i = 0; i < dims.length; i++) reversed[i] = dims[dims.length - 1 - i];
        return Shaping.transpose(Shaping.reshape(t, reversed), new int[0]).copy();
    }

    private static double element(ByteBuffer in, String kind, int size) {
        return switch (kind) {
            case "f" -> size == 4 ? in.getFloat() : in.getDouble();
            case "b" -> in.get() != 0 ? 1 : 0;
            case "u" -> switch (size) {
                case 1 -> Byte.toUnsignedInt(in.get());
                case 2 -> Short.toUnsignedInt(in.getShort());
                case 4 -> Integer.toUnsignedLong(in.getInt());
                default -> (double) in.getLong();
            };
            default -> switch (size) {
                case 1 -> in.get();
                case 2 -> in.getShort();
                case 4 -> in.getInt();
                default -> (double) in.getLong();
            };
        };
    }
}
