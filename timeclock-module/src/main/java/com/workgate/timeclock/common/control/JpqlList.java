package com.workgate.timeclock.common.control;

import com.workgate.auth.platform.control.ApiException.FieldError;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ListQuery} into JPQL over one entity: the caller's scope, the filters with typed values, the
 * sort (with the id as the last key, so pages are stable) and the page.
 */
public final class JpqlList {

    public enum Type { NUMBER, INTEGER, DATE, TEXT }

    /** How a list attribute maps to the entity: its path below {@code e} and its type. */
    public record Field(String path, Type type) {
    }

    private JpqlList() {
    }

    public static <T> ListPage<T> page(EntityManager em, Class<T> entity, String scope, Map<String, Object> scopeParameters,
                                       Map<String, Field> fields, ListQuery query) {
        StringBuilder where = new StringBuilder(" where ").append(scope);
        Map<String, Object> parameters = new HashMap<>(scopeParameters);
        int index = 0;
        for (Filter filter : query.filters()) {
            Field field = fields.get(filter.attribute());
            requireSupported(field, filter);
            String name = "f" + index++;
            where.append(" and ").append(condition(field, filter, name));
            parameters.put(name, value(field, filter));
        }
        String from = " from " + entity.getSimpleName() + " e" + where;
        TypedQuery<Long> count = em.createQuery("select count(e)" + from, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();

        List<String> orders = new ArrayList<>();
        query.orders().forEach(order -> orders.add("e." + fields.get(order.attribute()).path() + (order.ascending() ? " asc" : " desc")));
        orders.add("e.id asc");
        TypedQuery<T> items = em.createQuery("select e" + from + " order by " + String.join(", ", orders), entity);
        parameters.forEach(items::setParameter);
        if (query.offset() >= total) {
            return new ListPage<>(total, List.of());
        }
        items.setFirstResult((int) query.offset()).setMaxResults(query.perPage());
        return new ListPage<>(total, items.getResultList());
    }

    /** {@code like} compares text: on a number or a date it is refused, as Yii's DataFilter refuses it. */
    static void requireSupported(Field field, Filter filter) {
        if (filter.operator() == FilterOperator.LIKE && field.type() != Type.TEXT) {
            throw new FieldValidationException(new FieldError("filter",
                    "\"" + filter.attribute() + "\" does not support operator \"" + FilterOperator.LIKE.keyword() + "\"."));
        }
    }

    private static String condition(Field field, Filter filter, String name) {
        String path = "e." + field.path();
        return switch (filter.operator()) {
            case EQ -> path + " = :" + name;
            case NEQ -> "(" + path + " <> :" + name + " or " + path + " is null)";
            case LT -> path + " < :" + name;
            case GT -> path + " > :" + name;
            case LTE -> path + " <= :" + name;
            case GTE -> path + " >= :" + name;
            case IN -> path + " in :" + name;
            case NIN -> "(" + path + " not in :" + name + " or " + path + " is null)";
            case LIKE -> "lower(" + path + ") like lower(:" + name + ") escape '" + Filter.LIKE_ESCAPE + "'";
        };
    }

    private static Object value(Field field, Filter filter) {
        if (filter.operator() == FilterOperator.LIKE) {
            return filter.likePattern();
        }
        if (filter.operator().isMultiValued()) {
            List<Object> values = new ArrayList<>();
            for (String value : filter.values()) {
                values.add(typed(field, filter.attribute(), value));
            }
            return values;
        }
        return typed(field, filter.attribute(), filter.value());
    }

    private static Object typed(Field field, String attribute, String value) {
        try {
            return switch (field.type()) {
                case NUMBER -> Long.parseLong(value.trim());
                case INTEGER -> Integer.parseInt(value.trim());
                case DATE -> LocalDate.parse(value.trim());
                case TEXT -> value;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new FieldValidationException(new FieldError("filter", "\"" + attribute + "\" must be "
                    + (field.type() == Type.DATE ? "a date (YYYY-MM-DD)." : "an integer.")));
        }
    }
}
