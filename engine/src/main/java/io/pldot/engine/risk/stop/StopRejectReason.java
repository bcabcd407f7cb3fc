package io.pldot.engine.risk.stop;

/**
 * Why a trailing-stop request or tick was refused. Counted per reason by {@link TrailingStopBook}
 * and reported through {@link TrailingStopListener#onReject}.
 */
public enum StopRejectReason
{
    /** The position id is not in the book (tighten, remove). */
    UNKNOWN_POSITION,
    /** The position id is already in the book (activate). */
    DUPLICATE_POSITION,
    /** Every slot of the book is in use (activate). */
    BOOK_FULL,
    /** Entry or tick price is zero or negative. */
    INVALID_PRICE,
    /** The side is missing (null). */
    INVALID_SIDE,
    /** The distance is outside 1..9999 bps, or the asset class is missing. */
    INVALID_DISTANCE,
    /** The first stop would not be a positive long (long: at or below zero; short: above Long.MAX_VALUE). */
    STOP_OUT_OF_RANGE,
    /** A tighten request asked for a distance equal to or wider than the current one; nothing changed. */
    NOT_TIGHTER
}
