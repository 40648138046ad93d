package com.workgate.auth.user.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

@Converter
public class UserStatusConverter implements AttributeConverter<UserStatus, String> {

    @Override
    public String convertToDatabaseColumn(UserStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public UserStatus convertToEntityAttribute(String column) {
        return column == null ? null : UserStatus.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
