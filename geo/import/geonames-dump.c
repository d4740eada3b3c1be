/*
 * Dumps the GeoNames cities that Debian's libgeonames carries (every place of 15,000 people or more)
 * as TSV on standard output, one city a line:
 *
 *   geonameid  name_en  name_ar  lat  lng  population  country_code  admin1_code  admin1_name_en
 *
 * name_ar is empty when GeoNames has no Arabic name for the city. Coordinates are printed with %.17g so
 * that the rounding to 4 decimals happens once, in geo/import/cities.ts.
 *
 * Why C: the cities live in a compiled GResource inside libgeonames.so and their translations in the
 * gettext catalogues of libgeonames-common; the library's own API is the stable way to read both.
 *
 * Build and run (geo/import/cities.ts does this for you):
 *   gcc geo/import/geonames-dump.c $(pkg-config --cflags --libs geonames) -o /tmp/geonames-dump
 *   /tmp/geonames-dump > /tmp/geonames.tsv
 */
#include <geonames.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tuple libgeonames 0.3 stores per city:
 * (geonameid, name, admin1 code, admin1 name, country code, country name, timezone, population, lat, lng).
 * The public API has no getter for the geonameid, so we read the tuple; if its layout ever changes we
 * stop rather than dump shifted columns. */
#define CITY_TUPLE_TYPE "(sssssssudd)"
enum { FIELD_ID = 0, FIELD_NAME = 1, FIELD_ADMIN1_CODE = 2, FIELD_ADMIN1_NAME = 3 };

/* TSV has no quoting: a tab or newline inside a name would shift the columns, so it becomes a space. */
static void print_field(const char *s) {
  for (; *s; s++) putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static const char *child_string(GVariant *tuple, gsize index) {
  GVariant *child = g_variant_get_child_value(tuple, index);
  const char *s = g_variant_get_string(child, NULL);
  /* The string points into the parent's serialised data, which outlives the child. */
  g_variant_unref(child);
  return s;
}

int main(void) {
  /* geonames_city_get_name translates through gettext: it needs a non-C locale for LANGUAGE to count.
   * C.UTF-8 is present on every Debian system, so no locale has to be generated. */
  setenv("LANGUAGE", "ar", 1);
  if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
    fprintf(stderr, "geonames-dump: cannot set the C.UTF-8 locale\n");
    return 1;
  }

  gint n = geonames_get_n_cities();
  for (gint i = 0; i < n; i++) {
    GeonamesCity *city = geonames_get_city(i);
    if (!g_variant_is_of_type(city, G_VARIANT_TYPE(CITY_TUPLE_TYPE))) {
      fprintf(stderr, "geonames-dump: city %d is %s, expected %s\n", i, g_variant_get_type_string(city),
              CITY_TUPLE_TYPE);
      return 1;
    }
    const char *name_en = child_string(city, FIELD_NAME);
    const char *name_local = geonames_city_get_name(city);

    print_field(child_string(city, FIELD_ID));
    putchar('\t');
    print_field(name_en);
    putchar('\t');
    /* Without an Arabic translation the library returns the English name. */
    if (strcmp(name_local, name_en) != 0) print_field(name_local);
    printf("\t%.17g\t%.17g\t%u\t", geonames_city_get_latitude(city), geonames_city_get_longitude(city),
           geonames_city_get_population(city));
    print_field(geonames_city_get_country_code(city));
    putchar('\t');
    print_field(child_string(city, FIELD_ADMIN1_CODE));
    putchar('\t');
    print_field(child_string(city, FIELD_ADMIN1_NAME));
    putchar('\n');
    geonames_city_free(city);
  }
  return 0;
}
