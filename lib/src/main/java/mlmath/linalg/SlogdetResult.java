package mlmath.linalg;

import mlmath.tensor.Tensor;

/** numpy's {@code SlogdetResult}: {@code det = sign · exp(logabsdet)}, without over- or underflow. */
public record SlogdetResult(Tensor sign, Tensor logabsdet) {
    @Override public String toString() { return "SlogdetResult(sign=" + sign + ", logabsdet=" + logabsdet + ")"; }
}
