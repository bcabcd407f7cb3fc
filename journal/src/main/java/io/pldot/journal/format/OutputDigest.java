package io.pldot.journal.format;

import io.pldot.journal.JournalReader;
import org.agrona.DirectBuffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over output records' bytes, in order: the fingerprint that proves two runs produced
 * the same outputs bit for bit. The O stage feeds it as it journals, a batch of records at a time;
 * {@link #of(JournalReader)} recomputes it from a journal on disk, a record at a time. Both give
 * the same digest: it depends only on the records' bytes in order, not on how they were grouped.
 * <p>
 * Not thread-safe: owned by one thread. {@link #update} does not allocate.
 */
public final class OutputDigest
{
    private final MessageDigest sha256;
    private final byte[] scratch = new byte[io.pldot.journal.schema.RecordHeaderDescriptor.MAX_RECORD_LENGTH];
    private long records;

    /**
     * Creates an empty digest.
     */
    public OutputDigest()
    {
        try
        {
            sha256 = MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }

    /**
     * Adds one record.
     *
     * @param buffer holding the record.
     * @param offset of the record.
     * @param length of the record.
     */
    public void update(final DirectBuffer buffer, final int offset, final int length)
    {
        buffer.getBytes(offset, scratch, 0, length);
        sha256.update(scratch, 0, length);
        records++;
    }

    /**
     * Adds several whole records lying back to back in an array, in one call: the same digest as
     * adding them one by one (SHA-256 runs over the concatenated bytes either way), without a copy
     * or a call per record.
     *
     * @param records array holding the records.
     * @param offset  of the first record.
     * @param length  of all the records together.
     * @param count   how many records that is.
     */
    public void update(final byte[] records, final int offset, final int length, final int count)
    {
        sha256.update(records, offset, length);
        this.records += count;
    }

    /**
     * @return how many records went in.
     */
    public long records()
    {
        return records;
    }

    /**
     * @return the lower-case hex SHA-256 of everything added; the digest resets afterwards.
     */
    public String finishHex()
    {
        records = 0;
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Hashes every record a reader has, from where it stands to the current end.
     *
     * @param reader positioned at the first record to hash.
     * @return the digest, with its record count in {@link #records()} until {@link #finishHex()}.
     */
    public static OutputDigest of(final JournalReader reader)
    {
        final OutputDigest digest = new OutputDigest();
        int length;
        while ((length = reader.next()) > 0)
        {
            digest.update(reader.buffer(), 0, length);
        }
        return digest;
    }
}
