package mlmath.tensor.internal;

import mlmath.tensor.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's {@code einsum} (explicit {@code "ij,jk->ik"} or implicit {@code "ij,jk"} subscripts, {@code ...},
 * repeated labels for diagonals) and {@code tensordot}. Each pair of operands is contracted as a batched matrix
 * product: shared kept labels are the batch, summed labels the inner dimension.
 */
public final class Einsum {
    private Einsum() {}

    /** A tensor whose axes carry one label each. */
    private record Labelled(Tensor t, String labels) {}

    public static Tensor einsum(String subscripts, Tensor[] operands) {
        if (subscripts == null) throw new ShapeException("subscripts is null: pass e.g. \"ij,jk->ik\"");
        String spec = subscripts.replace(" ", "");
        String[] sides = spec.split("->", -1);
        if (sides.length > 2) throw new ShapeException("einstein sum subscript string does not contain proper '->' output specified");
        String[] inputs = sides[0].split(",", -1);
        if (inputs.length > operands.length) {
            throw new ShapeException("more operands provided to einstein sum function than specified in the subscripts string");
        }
        if (inputs.length < operands.length) {
            throw new ShapeException("fewer operands provided to einstein sum function than specified in the subscripts string");
        }
        int ellipsisDims = 0;
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].contains("...")) ellipsisDims = Math.max(ellipsisDims, operands[i].ndim() - (inputs[i].length() - 3));
        }
        for (char c : spec.replace("...", "").replace(",", "").replace("->", "").toCharArray()) {
            if (!Character.isLetter(c) || c > 'z') {
                throw new ShapeException("invalid subscript '" + c + "' in einstein sum subscripts string, subscripts must be letters");
            }
        }
        // Digits label the axes under "...": they cannot clash with the letters a learner writes.
        if (ellipsisDims > 10) throw new ShapeException("einsum: at most 10 axes may stand under '...'");
        String ellipsisLabels = "0123456789".substring(10 - Math.max(0, ellipsisDims));
        List<Labelled> ops = new ArrayList<>();
        // numpy words a bad diagonal of one operand whose explicit output keeps every label (a view) differently.
        boolean view = inputs.length == 1 && sides.length == 2 && sides[0].chars().allMatch(c -> sides[1].indexOf(c) >= 0);
        for (int i = 0; i < inputs.length; i++) {
            ops.add(label(inputs[i], operands[i], i, ellipsisLabels, view ? "single operand" : "operand " + i));
        }
        String output;
        if (sides.length == 2) {
            output = sides[1].replace("...", ellipsisLabels);
            for (char c : output.toCharArray()) {
                if (sides[0].replace("...", ellipsisLabels).indexOf(c) < 0) {
                    throw new ShapeException("einstein sum subscripts string included output subscript '" + c + "' which never appeared in an input");
                }
                if (output.indexOf(c) != output.lastIndexOf(c)) {
                    throw new ShapeException("einstein sum subscripts string includes output subscript '" + c + "' multiple times");
                }
            }
        } else {
            output = ellipsisLabels + implicitOutput(sides[0]);
        }
        int[] sizes = labelSizes(ops, output);
        for (int i = 0; i < ops.size(); i++) ops.set(i, broadcastLabels(ops.get(i), sizes));
        Labelled acc = ops.get(0);
        for (int i = 1; i < ops.size(); i++) acc = contract(acc, ops.get(i), keep(ops.subList(i + 1, ops.size()), output));
        acc = sumOut(acc, output);
        int[] perm = new int[output.length()];
        for (int i = 0; i < perm.length; i++) perm[i] = acc.labels().indexOf(output.charAt(i));
        return Shaping.transpose(acc.t(), perm);
    }

    /** Letters appearing exactly once in the inputs' subscripts, in alphabetical order (numpy's implicit mode). */
    private static String implicitOutput(String inputs) {
        int[] counts = new int[128];
        for (char c : inputs.toCharArray()) if (Character.isLetter(c)) counts[c]++;
        StringBuilder out = new StringBuilder();
        for (char c = 0; c < 128; c++) if (counts[c] == 1) out.append(c);
        return out.toString();
    }

    /** Expands {@code ...} into the trailing ellipsis labels and takes diagonals of repeated labels. */
    private static Labelled label(String sub, Tensor t, int index, String ellipsisLabels, String operand) {
        int dots = sub.indexOf("...");
        String labels = sub;
        if (dots >= 0) {
            int extra = t.ndim() - (sub.length() - 3);
            if (extra < 0) throw new ShapeException("einstein sum subscripts string contains too many subscripts for operand " + index);
            labels = sub.substring(0, dots) + ellipsisLabels.substring(ellipsisLabels.length() - extra) + sub.substring(dots + 3);
        }
        if (labels.length() > t.ndim()) throw new ShapeException("einstein sum subscripts string contains too many subscripts for operand " + index);
        if (labels.length() < t.ndim()) {
            throw new ShapeException("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        Labelled l = new Labelled(t, labels);
        for (int i = 0; i < l.labels().length(); i++) {
            int j = l.labels().indexOf(l.labels().charAt(i), i + 1);
            if (j >= 0) {
                l = diagonal(l, i, j, operand);
                i = -1;
            }
        }
        return l;
    }

    /** The diagonal over axes i and j (which share a label); the label keeps position i. */
    private static Labelled diagonal(Labelled l, int i, int j, String operand) {
        Tensor t = l.t();
        int[] dims = t.shape().dims(), strides = t.shape().strides();
        if (dims[i] != dims[j]) {
            throw new ShapeException("dimensions in " + operand + " for collapsing index '" + l.labels().charAt(i)
                    + "' don't match (" + dims[i] + " != " + dims[j] + ")");
        }
        int n = dims.length;
        int[] outDims = new int[n - 1], outStrides = new int[n - 1];
        for (int a = 0, b = 0; a < n; a++) {
            if (a == j) continue;
            outDims[b] = dims[a];
            outStrides[b++] = a == i ? strides[i] + strides[j] : strides[a];
        }
        Shape shape = new Shape(outDims);
        double[] src = Buffers.data(t), out = Buffers.alloc(shape, t.dtype());
        int[] outS = shape.strides();
        for (int o = 0; o < out.length; o++) {
            int off = 0;
            for (int d = 0; d < outDims.length; d++) off += (o / outS[d]) % outDims[d] * outStrides[d];
            out[o] = src[off];
        }
        String labels = l.labels().substring(0, j) + l.labels().substring(j + 1);
        return new Labelled(Buffers.wrap(out, shape, t.dtype()), labels);
    }

    private static int[] labelSizes(List<Labelled> ops, String output) {
        int[] sizes = new int[128];
        Arrays.fill(sizes, -1);
        for (Labelled op : ops) {
            for (int a = 0; a < op.labels().length(); a++) {
                char c = op.labels().charAt(a);
                int d = op.t().shape().get(a);
                if (sizes[c] == -1 || sizes[c] == 1) sizes[c] = d;
                else if (d != 1 && d != sizes[c]) throw mismatch(ops, output);
            }
        }
        return sizes;
    }

    /**
     * numpy's wording: each operand mapped onto the iteration axes (output labels, then the summed labels in
     * alphabetical order), absent labels shown as newaxis and leading ones dropped: {@code (4,5)->(5,4)}.
     */
    private static ShapeException mismatch(List<Labelled> ops, String output) {
        StringBuilder iter = new StringBuilder(output);
        for (char c = 0; c < 128; c++) {
            if (output.indexOf(c) >= 0) continue;
            for (Labelled op : ops) {
                if (op.labels().indexOf(c) >= 0) {
                    iter.append(c);
                    break;
                }
            }
        }
        StringBuilder msg = new StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
        for (Labelled op : ops) {
            List<String> dims = new ArrayList<>();
            for (char c : iter.toString().toCharArray()) {
                int a = op.labels().indexOf(c);
                if (a >= 0 || !dims.isEmpty()) dims.add(a >= 0 ? Integer.toString(op.t().shape().get(a)) : "newaxis");
            }
            msg.append(op.t().shape().compact()).append("->(").append(String.join(",", dims)).append(dims.size() == 1 ? ",) " : ") ");
        }
        return new ShapeException(msg.toString());
    }

    /** Stretches length-1 axes to the label's size, as numpy broadcasts them. */
    private static Labelled broadcastLabels(Labelled l, int[] sizes) {
        int[] dims = l.t().shape().dims();
        boolean changed = false;
        for (int a = 0; a < dims.length; a++) {
            int s = sizes[l.labels().charAt(a)];
            if (dims[a] != s) {
                dims[a] = s;
                changed = true;
            }
        }
        return changed ? new Labelled(Broadcast.broadcastTo(l.t(), new Shape(dims)), l.labels()) : l;
    }

    /** Labels that must survive a contraction: those in the output or in an operand still to come. */
    private static String keep(List<Labelled> rest, String output) {
        StringBuilder k = new StringBuilder(output);
        for (Labelled op : rest) k.append(op.labels());
        return k.toString();
    }

    /** Sums away the labels of {@code l} that are not in {@code keep}. */
    private static Labelled sumOut(Labelled l, String keep) {
        List<Integer> axes = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        for (int a = 0; a < l.labels().length(); a++) {
            if (keep.indexOf(l.labels().charAt(a)) < 0) axes.add(a);
            else kept.append(l.labels().charAt(a));
        }
        if (axes.isEmpty()) return l;
        Tensor summed = Reductions.reduce(l.t(), axes.stream().mapToInt(Integer::intValue).toArray(), false, Reductions.Kind.SUM);
        return new Labelled(summed, kept.toString());
    }

    /** a·b over their shared labels: batch (shared, kept), free in a, free in b, summed (shared, not kept). */
    private static Labelled contract(Labelled a, Labelled b, String keep) {
        a = sumOut(a, keep + b.labels());
        b = sumOut(b, keep + a.labels());
        StringBuilder batch = new StringBuilder(), left = new StringBuilder(), right = new StringBuilder(), inner = new StringBuilder();
        for (char c : a.labels().toCharArray()) {
            boolean shared = b.labels().indexOf(c) >= 0, kept = keep.indexOf(c) >= 0;
            if (shared && kept) batch.append(c);
            else if (shared) inner.append(c);
            else left.append(c);
        }
        for (char c : b.labels().toCharArray()) if (a.labels().indexOf(c) < 0) right.append(c);
        Tensor x = arrange(a, batch.toString(), left.toString(), inner.toString());
        Tensor y = arrange(b, batch.toString(), inner.toString(), right.toString());
        Tensor product = MatMul.matmul(x, y, false);     // numpy's einsum sums its products itself, without BLAS
        int[] dims = new int[batch.length() + left.length() + right.length()];
        int i = 0;
        for (char c : (batch.toString() + left + right).toCharArray()) dims[i++] = size(a, b, c);
        return new Labelled(Shaping.reshape(product, dims), batch.toString() + left + right);
    }

    /** Permutes {@code l} to batch, rows, cols order and folds it into (batch..., rows, cols), each group's sizes multiplied. */
    private static Tensor arrange(Labelled l, String batch, String rows, String cols) {
        String order = batch + rows + cols;
        int[] perm = new int[order.length()];
        for (int i = 0; i < perm.length; i++) perm[i] = l.labels().indexOf(order.charAt(i));
        int[] dims = new int[batch.length() + 2];
        for (int i = 0; i < batch.length(); i++) dims[i] = product(l, batch.substring(i, i + 1));
        dims[batch.length()] = product(l, rows);
        dims[batch.length() + 1] = product(l, cols);
        return Shaping.reshape(Shaping.transpose(l.t(), perm), dims);
    }

    private static int product(Labelled l, String labels) {
        int p = 1;
        for (char c : labels.toCharArray()) p *= l.t().shape().get(l.labels().indexOf(c));
        return p;
    }

    private static int size(Labelled a, Labelled b, char c) {
        int i = a.labels().indexOf(c);
        return i >= 0 ? a.t().shape().get(i) : b.t().shape().get(b.labels().indexOf(c));
    }

    /** numpy's {@code tensordot}: sums the products over {@code axesA} of a and {@code axesB} of b. */
    public static Tensor tensordot(Tensor a, Tensor b, int[] axesA, int[] axesB) {
        if (axesA.length != axesB.length) throw new ShapeException("shape-mismatch for sum");
        char[] la = new char[a.ndim()], lb = new char[b.ndim()];
        char next = 'a';
        for (int i = 0; i < la.length; i++) la[i] = next++;
        for (int i = 0; i < lb.length; i++) lb[i] = next++;
        for (int i = 0; i < axesA.length; i++) {
            int x = a.shape().normalizeAxis(axesA[i]), y = b.shape().normalizeAxis(axesB[i]);
            if (a.shape().get(x) != b.shape().get(y)) throw new ShapeException("shape-mismatch for sum");
            lb[y] = la[x];
        }
        StringBuilder out = new StringBuilder();
        for (char c : la) if (new String(lb).indexOf(c) < 0) out.append(c);
        for (char c : lb) if (new String(la).indexOf(c) < 0) out.append(c);
        return einsum(new String(la) + "," + new String(lb) + "->" + out, new Tensor[] {a, b});
    }

    /** {@code tensordot(a, b, n)}: the last n axes of a against the first n of b. */
    public static Tensor tensordot(Tensor a, Tensor b, int n) {
        if (n < 0 || n > a.ndim() || n > b.ndim()) throw new ShapeException("shape-mismatch for sum");
        int[] axesA = new int[n], axesB = new int[n];
        for (int i = 0; i < n; i++) {
            axesA[i] = a.ndim() - n + i;
            axesB[i] = i;
        }
        return tensordot(a, b, axesA, axesB);
    }
}
