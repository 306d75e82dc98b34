package mlmath.np;

import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.Tensor;

/** Array literals for the generated NumpyDiffCases: a shape "2,3" and values "1.5 -2 nan inf" (bools as 0/1). */
final class D {
    private D() {}

    static Tensor f(String shape, String data) { return of(shape, data, DType.FLOAT64); }

    static Tensor i(String shape, String data) { return of(shape, data, DType.INT64); }

    static Tensor b(String shape, String data) { return of(shape, data, DType.BOOL); }

    private static Tensor of(String shape, String data, DType dtype) {
        String[] dims = shape.isEmpty() ? new String[0] : shape.split(",");
        int[] s = new int[dims.length];
        for (int k = 0; k < s.length; k++) s[k] = Integer.parseInt(dims[k]);
        String[] words = data.isEmpty() ? new String[0] : data.split(" ");
        double[] v = new double[words.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = switch (words[k]) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(words[k]);
            };
        }
        return new Tensor(v, new Shape(s), dtype);
    }
}
