package org.crossmargin.simulation.paths;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.Philox4x64;

/**
 * The uniform random stream of one path: a Philox4x64 counter-based generator (Salmon et al. 2011, Commons RNG 1.7)
 * keyed by the run's seed, with the path index in the counter, so path {@code p} owns the block of 2<sup>66</sup>
 * longs starting at counter {@code (0, p, 0, 0)}, whatever thread draws it and in whatever order.
 *
 * <p>The seed layout is Philox4x64's {@code {key0, key1, counter0, counter1, counter2, counter3}}; this stream uses
 * {@code {seed, 0, 0, p, 0, 0}} (key1 = 0 is the family of price paths; other families may take other key1
 * values). It is the same sequence as {@code RandomSource.PHILOX_4X64.create(new long[] {seed, 0, 0, p, 0, 0})}.
 *
 * <p>Samplers bind once to this object; {@link #reset(long)} re-keys it per path. Commons RNG has no public way to
 * move an existing Philox4x64 to another counter without allocating, so each reset allocates one small
 * generator (about 100 bytes, once per path, never per step).
 *
 * <p>With antithetic pairing, path {@code 2k+1} draws the stream of path {@code 2k}; {@link #reset(long)} returns
 * -1 for it so that the caller negates its standard normals.
 */
final class PathStream implements UniformRandomProvider {
    private final long[] seedScratch = new long[6];
    private final boolean antithetic;
    private Philox4x64 source;

    /** A stream keyed by {@code seed}; {@code antithetic} pairs odd paths with the stream of the even path before. */
    PathStream(long seed, boolean antithetic) {
        this.seedScratch[0] = seed;
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
        seedScratch[3] = mirrored ? path - 1 : path;
        source = new Philox4x64(seedScratch);
        return mirrored ? -1.0 : 1.0;
    }

    @Override
    public long nextLong() {
        return source.nextLong();
    }
}
