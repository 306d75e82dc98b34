package mlmath.np;

import org.junit.jupiter.api.Test;

/**
 * Seeded random cases from real numpy (gen_numpy_api_fixtures.py): broadcasting over float/int/bool, reductions over
 * one or several axes with ddof and keepdims, slice strings with None/.../trailing commas, masks, fancy indices,
 * where, concatenate/stack and einsum with random subscripts.
 */
class NumpyDifferentialTest {
    @Test
    void seededCases_matchNumpy() { NumpyCases.check("differential"); }
}
