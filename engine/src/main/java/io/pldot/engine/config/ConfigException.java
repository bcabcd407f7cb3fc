package io.pldot.engine.config;

/**
 * A configuration file could not be used; the message names the file, the key and the line.
 */
public final class ConfigException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message naming file, key and line.
     * @param cause   the parser's exception, if any.
     */
    public ConfigException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
