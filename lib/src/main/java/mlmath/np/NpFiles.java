package mlmath.np;

import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.tensor.internal.*;

import static mlmath.np.NpArguments.t;

/**
 * numpy's {@code .npy} files on {@code np}: save and load, byte for byte what numpy writes and reads. {@link Np} is its
 * one implementation; learners call these on {@code np}.
 */
public sealed interface NpFiles permits Np {
    /**
     * {@code np.save(file, arr)}: writes arr as a {@code .npy} file numpy reads with {@code np.load} (".npy" is added
     * to a name without it), the same bytes numpy writes.
     * <pre>{@code
     * jshell> np.save(System.getProperty("java.io.tmpdir") + "/mlmath-example", np.array(1, 2, 3))
     * jshell> np.load(System.getProperty("java.io.tmpdir") + "/mlmath-example.npy")
     * $2 ==> array([1, 2, 3])
     * }</pre>
     */
    default void save(String file, Object arr) {
        if (file == null) throw new ShapeException("expected str, bytes or os.PathLike object, not NoneType");
        String name = file.endsWith(".npy") ? file : file + ".npy";
        byte[] bytes = Npy.encode(t(arr, "arr"));
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(name), bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ShapeException("[Errno 2] No such file or directory: '" + name + "'");
        } catch (java.io.IOException e) {
            throw new ShapeException("could not write '" + name + "': " + e.getMessage());
        }
    }

    /**
     * {@code np.load(file)}: the array in a {@code .npy} file written by numpy (float, int and bool dtypes) or by {@link #save}.
     * <pre>{@code
     * jshell> np.save(System.getProperty("java.io.tmpdir") + "/mlmath-example.npy", np.eye(2))
     * jshell> np.load(System.getProperty("java.io.tmpdir") + "/mlmath-example.npy")
     * $2 ==> array([[1., 0.],
     *        [0., 1.]])
     * }</pre>
     */
    default Tensor load(String file) {
        if (file == null) throw new ShapeException("expected str, bytes or os.PathLike object, not NoneType");
        try {
            return Npy.decode(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)), file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ShapeException("[Errno 2] No such file or directory: '" + file + "'");
        } catch (java.io.IOException e) {
            throw new ShapeException("could not read '" + file + "': " + e.getMessage());
        }
    }
}
