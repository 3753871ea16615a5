package dev.docket.retrieval;

/**
 * Scales embeddings to unit length. The index compares vectors by dot product, so every vector Docket stores or
 * searches with, passage, sentence or question, goes through here and is compared the same way.
 */
public final class UnitVector {

    private UnitVector() {}

    /** {@code vector} scaled to length 1; a zero vector stays zero. */
    public static float[] of(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
        }
        return unit;
    }

    /** The dot product: the cosine similarity of two unit vectors. */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
