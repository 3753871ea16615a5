package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class CompactVectorTest {

    @Test
    void should_keep_dot_products_within_two_thousandths_when_unit_vectors_are_compacted() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            float[] vector = randomUnitVector(random);
            float[] question = randomUnitVector(random);

            float[] decoded = CompactVector.of(vector).toFloats();

            assertEquals(dot(question, vector), dot(question, decoded), 0.002);
        }
    }

    @Test
    void should_keep_a_zero_vector_zero_when_compacted() {
        assertArrayEquals(new float[3], CompactVector.of(new float[3]).toFloats());
    }

    private static float[] randomUnitVector(Random random) {
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return UnitVector.of(vector);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
