package fr.cession.domain.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** French first names, surnames, addresses and company names for demo customers. */
final class FrenchPeople {

    static final List<String> FIRST_NAMES = List.of(
            "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Julie", "Claire", "Sophie",
            "Nathalie", "Isabelle", "Céline", "Aurélie", "Élodie", "Margaux", "Anaïs", "Laura", "Pauline", "Mathilde",
            "Lucas", "Hugo", "Louis", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Romain",
            "Kévin", "Mehdi", "Karim", "Yanis", "Baptiste", "Quentin", "Pierre", "François", "Jérôme", "Sébastien");

    static final List<String> LAST_NAMES = List.of(
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
            "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
            "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
            "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
            "Benali", "Nguyen", "Da Silva", "Haddad", "Le Gall");

    /** City, postcode. */
    static final List<String[]> CITIES = List.of(
            new String[] {"Paris", "75011"}, new String[] {"Paris", "75015"}, new String[] {"Lyon", "69003"},
            new String[] {"Marseille", "13008"}, new String[] {"Toulouse", "31000"}, new String[] {"Nice", "06000"},
            new String[] {"Nantes", "44000"}, new String[] {"Strasbourg", "67000"}, new String[] {"Montpellier", "34000"},
            new String[] {"Bordeaux", "33000"}, new String[] {"Lille", "59000"}, new String[] {"Rennes", "35000"},
            new String[] {"Reims", "51100"}, new String[] {"Le Havre", "76600"}, new String[] {"Dijon", "21000"},
            new String[] {"Angers", "49000"}, new String[] {"Grenoble", "38000"}, new String[] {"Tours", "37000"},
            new String[] {"Limoges", "87000"}, new String[] {"Clermont-Ferrand", "63000"}, new String[] {"Metz", "57000"},
            new String[] {"Besançon", "25000"}, new String[] {"Perpignan", "66000"}, new String[] {"Orléans", "45000"},
            new String[] {"Rouen", "76000"}, new String[] {"Caen", "14000"}, new String[] {"Nancy", "54000"},
            new String[] {"Versailles", "78000"}, new String[] {"Boulogne-Billancourt", "92100"},
            new String[] {"Saint-Denis", "93200"});

    static final List<String> STREETS = List.of(
            "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue Pasteur",
            "avenue de la Gare", "rue du Général de Gaulle", "place de l'Église", "rue des Écoles", "allée des Tilleuls",
            "chemin des Vignes", "rue Jules Ferry", "avenue Foch", "rue Émile Zola", "impasse des Lilas");

    static final List<String> COMPANY_WORDS = List.of(
            "Transports", "Bâtiment", "Services", "Conseil", "Paysages", "Plomberie", "Électricité", "Logistique",
            "Boulangerie", "Menuiserie", "Immobilier", "Nettoyage");

    static final List<String> COMPANY_FORMS = List.of("SARL", "SAS", "EURL", "SASU");

    private FrenchPeople() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String address(Random random) {
        String[] city = pick(random, CITIES);
        return (1 + random.nextInt(180)) + " " + pick(random, STREETS) + ", " + city[1] + " " + city[0];
    }

    /**
     * A metropolitan mobile number in the national format ("06 12 34 56 78"): 06 10–38 and 40–89,
     * 07 50–89, the ranges allotted to mainland operators, so the demo's buyers do not all carry
     * the « pas un mobile français » red flag (06 39 and 06 90–97 are overseas, 07 00–49 unallotted).
     */
    static String mobile(Random random) {
        boolean six = random.nextBoolean();
        int block = six ? 10 + random.nextInt(79) : 50 + random.nextInt(40);
        if (six && block == 39) {
            block = 40;
        }
        StringBuilder s = new StringBuilder(six ? "06" : "07").append(' ').append(String.format("%02d", block));
        for (int i = 0; i < 3; i++) {
            s.append(' ').append(String.format("%02d", random.nextInt(100)));
        }
        return s.toString();
    }

    /** Addresses on a reserved domain: demo data never mails anybody. */
    static String email(String first, String last) {
        return ascii(first) + "." + ascii(last) + "@exemple.fr";
    }

    static String ascii(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
