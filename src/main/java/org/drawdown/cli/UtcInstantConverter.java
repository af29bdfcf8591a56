package org.drawdown.cli;

import java.time.Instant;

import org.drawdown.io.StrictJson;

import picocli.CommandLine;

/** Reads a time option the way Drawdown reads times in its files: UTC ISO-8601 on a whole minute. */
public class UtcInstantConverter implements CommandLine.ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            return StrictJson.parseUtcInstant(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
