package org.crossmargin.simulation.paths;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The uniform random stream of one path: Philox4x64-10, the counter-based generator of Salmon et al. 2011 ("Parallel
 * Random Numbers: As Easy as 1, 2, 3", SC11) as Commons RNG 1.7 implements it in
 * {@code org.apache.commons.rng.core.source64.Philox4x64}, keyed by the run's seed with the path index in the counter,
 * so path {@code p} owns the block of 2<sup>66</sup> longs starting at counter {@code (0, p, 0, 0)}, whatever thread
 * draws it and in whatever order.
 *
 * <p>It is the same sequence as {@code RandomSource.PHILOX_4X64.create(new long[] {seed, 0, 0, p, 0, 0})} (Philox's
 * seed layout {@code {key0, key1, counter0..3}}; key1 = 0 is the family of price paths), proven draw for draw by
 * {@code DeterminismTest}. Why not that class itself: behind this stream's per-draw call it reaches
 * {@code Math.multiplyHigh} through a {@code MethodHandle} held by a lambda, and needs a new generator per path; here
 * the 64 x 64 -> 128-bit products call the intrinsic directly, two counter blocks are computed together (their
 * multiply chains overlap), and {@link #reset(long)} re-keys in place. Measured with {@code PathGenerationBenchmark}
 * on the canonical scenario: gbm paths 4.5e7 -> 6.3e7 market-steps per second, the same bits. Sampling (ziggurat
 * normals, gamma) stays with Commons RNG's samplers, which draw from this stream through {@link #nextLong()}.
 *
 * <p>With antithetic pairing, path {@code 2k+1} draws the stream of path {@code 2k}; {@link #reset(long)} returns
 * -1 for it so that the caller negates its standard normals.
 */
final class PathStream implements UniformRandomProvider {
    /** Philox-4x64 multipliers and Weyl key increments (Salmon et al. 2011; the constants of Random123, Commons RNG). */
    private static final long M0 = 0xD2E7470EE14C6C93L;
    private static final long M1 = 0xCA5A826395121157L;
    private static final long W0 = 0x9E3779B97F4A7C15L;
    private static final long W1 = 0xBB67AE8584CAA73BL;

    /** Counter blocks computed at a time: their rounds interleave, so the multipliers are busy rather than waiting. */
    private static final int BLOCKS = 2;

    private final long key0;
    private final boolean antithetic;
    /** The 256-bit counter of the last block computed, low word first; key1 is 0. */
    private long counter0;
    private long counter1;
    private long counter2;
    private long counter3;
    /** The outputs of the last {@link #BLOCKS} counter blocks, in stream order, and how many were drawn. */
    private final long[] out = new long[4 * BLOCKS];
    private int drawn;

    /** A stream keyed by {@code seed}; {@code antithetic} pairs odd paths with the stream of the even path before. */
    PathStream(long seed, boolean antithetic) {
        this.key0 = seed;
        this.antithetic = antithetic;
        reset(0);
    }

    /**
     * Moves to the start of the stream of {@code path}.
     *
     * @return the sign for the path's standard normals: -1 for the odd member of an antithetic pair, else 1
     */
    double reset(long path) {
        if (path < 0) {
            throw new IllegalArgumentException("path: expected an index >= 0, got " + path);
        }
        final boolean mirrored = antithetic && (path & 1L) != 0;
        // counter1 = path: every path owns 2^64 blocks of 4 longs, far more than a path can draw.
        counter0 = 0;
        counter1 = mirrored ? path - 1 : path;
        counter2 = 0;
        counter3 = 0;
        drawn = out.length; // as Commons RNG: the first draw increments the counter, then computes the block
        return mirrored ? -1.0 : 1.0;
    }

    @Override
    public long nextLong() {
        if (drawn == out.length) {
            nextBlocks();
            drawn = 0;
        }
        return out[drawn++];
    }

    /**
     * Computes the 10-round Philox blocks of the next two counters (the counter is incremented before each block, as
     * in Commons RNG) into {@link #out}. The two blocks' rounds are interleaved: each round is a chain of multiplies,
     * and two independent chains run in the time of one.
     */
    private void nextBlocks() {
        increment();
        long a0 = counter0;
        long a1 = counter1;
        long a2 = counter2;
        long a3 = counter3;
        increment();
        long b0 = counter0;
        long b1 = counter1;
        long b2 = counter2;
        long b3 = counter3;
        long k0 = key0;
        long k1 = 0;
        for (int round = 0; round < 10; round++) {
            final long ahi0 = unsignedMultiplyHigh(M0, a0);
            final long alo0 = M0 * a0;
            final long ahi1 = unsignedMultiplyHigh(M1, a2);
            final long alo1 = M1 * a2;
            final long bhi0 = unsignedMultiplyHigh(M0, b0);
            final long blo0 = M0 * b0;
            final long bhi1 = unsignedMultiplyHigh(M1, b2);
            final long blo1 = M1 * b2;
            a0 = ahi1 ^ a1 ^ k0;
            a1 = alo1;
            a2 = ahi0 ^ a3 ^ k1;
            a3 = alo0;
            b0 = bhi1 ^ b1 ^ k0;
            b1 = blo1;
            b2 = bhi0 ^ b3 ^ k1;
            b3 = blo0;
            k0 += W0;
            k1 += W1;
        }
        final long[] o = out;
        o[0] = a0;
        o[1] = a1;
        o[2] = a2;
        o[3] = a3;
        o[4] = b0;
        o[5] = b1;
        o[6] = b2;
        o[7] = b3;
    }

    /** Adds one to the 256-bit counter, carrying. */
    private void increment() {
        if (++counter0 == 0 && ++counter1 == 0 && ++counter2 == 0) {
            ++counter3;
        }
    }

    /** High 64 bits of the unsigned 128-bit product, from the signed intrinsic (Hacker's Delight 8-3). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
