package dev.docket.retrieval;

/**
 * An embedding held in a quarter of the memory of its floats: one signed byte per dimension and one scale, so the
 * largest component keeps full byte precision. Decoding gives each component within half a step of the original
 * (a dot product with a unit vector moves by well under 0.001), and the knowledge's vectors, held once each on the
 * heap for the answer ranking, stay small at thousands of documents. Immutable.
 */
public final class CompactVector {

    private static final int STEPS = 127;

    private final byte[] values;
    private final float step;

    private CompactVector(byte[] values, float step) {
        this.values = values;
        this.step = step;
    }

    public static CompactVector of(float[] vector) {
        float largest = 0;
        for (float value : vector) {
            largest = Math.max(largest, Math.abs(value));
        }
        float step = largest == 0 ? 1 : largest / STEPS;
        byte[] values = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            values[i] = (byte) Math.round(vector[i] / step);
        }
        return new CompactVector(values, step);
    }

    /** The bytes themselves, for Lucene's vector field and query (not copied: never change them). */
    byte[] bytes() {
        return values;
    }

    /** The vector as floats (a new array each call). */
    public float[] toFloats() {
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = values[i] * step;
        }
        return vector;
    }
}
