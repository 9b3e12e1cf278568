package org.ecaf.benchmarks.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.NameFolding;
import org.ecaf.domain.child.matching.Nicknames;

/**
 * A seeded, reproducible generator of labelled registers of children and of duplicate-check queries.
 *
 * <p><b>Register.</b> Households, each with a family name (one in twenty double-barrelled), a postcode in one of
 * about 1,800 real-format districts, and one to four children born 2001–2026 one to five years apart (1.6 % of
 * births are twins). Names are drawn from pools of given and family names of the origins common in UK schools
 * (English, Welsh, Scottish, Irish, South Asian, Polish and other Central European, West and East African,
 * Caribbean, Arabic and Somali, Turkish, Chinese, Vietnamese, Portuguese and Spanish), with Zipf-like frequencies so
 * that common names collide as they do in life (there are many Jack Smiths), accents kept (Zoë, Łucja, Siobhán,
 * Nguyễn), each pool continued by a long tail of made-up names so that names are as common as in life
 * ({@link Names}). 85 % have an NHS number, a third of the school-age a UPN, half a middle name, 3 % an other name.
 *
 * <p><b>Queries.</b> Duplicates: an existing child registered again with one or two corruptions of the kinds the
 * issue lists ({@link Kind}); the query carries the NHS number only 40 % of the time, since the hard cases are the
 * ones without; a third of those that had a middle name lose it, one in fifty gets another. Non-matches: a twin of
 * an existing child (same family name, date of birth and postcode, not yet registered), a sibling (same family
 * and postcode, another date), and a look-alike stranger (same or similar names, a date within a month or the
 * same year, another postcode). The generator's short forms of given names are its own list, not the matcher's
 * table, so a short form the table lacks is an honest miss.
 */
public final class RegisterGenerator {

    /** The kinds of query. */
    public enum Kind {
        EXACT, TYPO_GIVEN, TYPO_FAMILY, DROPPED_ACCENTS, NICKNAME, NAMES_SWAPPED, SHORTENED_DOUBLE_BARRELLED,
        DAY_MONTH_SWAPPED, YEAR_ONE_OUT, MOVED_HOUSE, MISSING_NHS_AND_POSTCODE,
        TWIN, SIBLING, STRANGER;

        public boolean isDuplicate() {
            return ordinal() < TWIN.ordinal();
        }
    }

    /** A child of the register or of a query, with the household it belongs to. */
    public record Person(int household, String given, String middle, String family, String otherName, LocalDate dob,
                         String postcode, String nhs, String upn, String gender) {

        public ChildParticulars particulars(Long id) {
            String givenNames = middle == null ? given : given + " " + middle;
            return new ChildParticulars(id, givenNames, family, otherName == null ? List.of() : List.of(otherName),
                    dob, null, postcode == null ? null : Postcode.parse(postcode),
                    nhs == null ? null : NhsNumber.parse(nhs), upn == null ? null : UniquePupilNumber.parse(upn));
        }
    }

    /** A query: the particulars entered, the register index of the true record (or −1) and its kinds. */
    public record Query(Person person, int truth, Kind kind, Kind second) {
    }

    /** A generated register and its queries. */
    public record Generated(List<Person> register, List<Query> queries) {
    }

    // ---- name pools: {name, weight} per origin; weights are relative frequencies within the origin
    private static final String[][] ORIGINS = {
        // origin share (per mille), boys, girls, family names
        {"640", "Oliver Jack Harry George Noah Jacob Charlie Leo Freddie Alfie Thomas Oscar James William Henry Arthur Archie Joshua Theo Ethan Isaac Alexander Lucas Max Samuel Daniel Finley Harrison Joseph Edward Logan Dylan Toby Riley Rhys Owen Callum Lewis Cameron Ryan Aled Dafydd Ewan Fraser Ciaran Sean Connor Liam",
            "Olivia Amelia Isla Ava Emily Sophia Grace Lily Freya Ella Mia Evie Ivy Poppy Florence Charlotte Isabella Sophie Ruby Elizabeth Alice Sienna Matilda Daisy Rosie Evelyn Millie Harriet Lucy Jessica Chloe Megan Holly Katie Eleanor Hannah Rebecca Lauren Niamh Siobhán Aoife Cerys Seren Catrin Eilidh Caitlin Zoë Phoebe Esme Beth",
            "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey O'Neill McDonald MacLeod O'Brien Fitzgerald Llewellyn Pritchard"},
        {"90", "Muhammad Mohammed Ayaan Arjun Aarav Ibrahim Yusuf Zain Rayyan Hamza Omar Ali Aryan Rohan Harjeet Gurpreet Vihaan Kabir Ahmed Imran",
            "Aisha Fatima Zara Maryam Inaaya Anaya Amira Hafsa Safa Priya Simran Anika Sana Noor Khadija Ayesha Harleen Navpreet Riya Sara",
            "Patel Khan Ahmed Ali Hussain Begum Singh Kaur Shah Iqbal Akhtar Rahman Mahmood Chaudhry Sharma Gill Sandhu Mistry Desai Bibi Islam Uddin Miah Siddiqui Qureshi"},
        {"50", "Jakub Szymon Kacper Filip Antoni Jan Aleksander Franciszek Mikołaj Wojciech Tomasz Piotr Ondřej Lukas Matei Andrei Bogdan",
            "Zuzanna Julia Zofia Hanna Maja Lena Alicja Amelia Łucja Oliwia Wiktoria Natalia Katarzyna Agnieszka Małgorzata Ioana Elena",
            "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur Popescu Ionescu Novák Dvořák Horváth Kovács Müller Schmidt"},
        {"70", "Oluwaseun Tobi Emmanuel Daniel Samuel David Joshua Israel Chidi Kwame Kofi Tunde Femi Musa Abdi Mohamed Ahmed Yusuf Tyrone Jermaine",
            "Blessing Precious Favour Grace Esther Deborah Adaeze Chioma Ama Abena Amara Nia Zainab Hodan Ifrah Ayan Hibo Shanice Keisha Tiana",
            "Okafor Adeyemi Okonkwo Mensah Boateng Owusu Asante Adebayo Olawale Nwosu Eze Obi Abdi Ali Hassan Farah Warsame Mohamed Yusuf Campbell Brown Williams Grant Francis"},
        {"40", "Omar Adam Yusuf Ali Hassan Mustafa Kerem Emir Yusuf Mehmet Ahmet Karim Tariq Khalid",
            "Maryam Layla Leyla Yasmin Nour Hana Elif Zeynep Defne Amina Salma Rania",
            "Al-Hassan Al-Sayed El-Masri Haddad Khalil Nasser Saleh Abdullah Yilmaz Kaya Demir Şahin Çelik Öztürk Aydın"},
        {"25", "Wei Jun Hao Yi Ming Minh Duc Anh Tuan Kai",
            "Mei Xin Yan Ling Hui Linh Thao Ngoc Mai Lan",
            "Wang Li Zhang Chen Liu Yang Huang Wong Chan Nguyễn Trần Lê Phạm Hoàng"},
        {"45", "Tiago João Diogo Rodrigo Mateo Pablo Hugo Luca Matteo Pierre Théo Jonas Finn",
            "Beatriz Inês Mariana Lucía Sofía Chiara Giulia Léa Chloé Manon Marie Ana",
            "Silva Santos Ferreira Pereira Costa Oliveira García Fernández López Martínez Rossi Russo Ferrari Dubois Lefèvre Moreau Müller Schneider"},
    };

    /** The generator's own short forms (some are not in the matcher's table, on purpose). */
    private static final Map<String, String[]> SHORT_FORMS = Map.ofEntries(
            Map.entry("Elizabeth", new String[] {"Beth", "Liz", "Lizzie", "Libby", "Eliza"}),
            Map.entry("Alexander", new String[] {"Alex", "Sandy", "Xander"}),
            Map.entry("Thomas", new String[] {"Tom", "Tommy"}),
            Map.entry("James", new String[] {"Jim", "Jamie", "Jimmy"}),
            Map.entry("William", new String[] {"Will", "Billy", "Liam"}),
            Map.entry("Samuel", new String[] {"Sam", "Sammy"}),
            Map.entry("Joseph", new String[] {"Joe", "Joey"}),
            Map.entry("Daniel", new String[] {"Dan", "Danny"}),
            Map.entry("Joshua", new String[] {"Josh"}),
            Map.entry("Edward", new String[] {"Ed", "Eddie", "Ted"}),
            Map.entry("Harrison", new String[] {"Harry"}),
            Map.entry("Henry", new String[] {"Harry", "Hal"}),
            Map.entry("Charlotte", new String[] {"Lottie", "Charlie"}),
            Map.entry("Isabella", new String[] {"Bella", "Izzy", "Issy"}),
            Map.entry("Eleanor", new String[] {"Ellie", "Nell"}),
            Map.entry("Rebecca", new String[] {"Becky", "Becca"}),
            Map.entry("Jessica", new String[] {"Jess", "Jessie"}),
            Map.entry("Katie", new String[] {"Kate", "Katherine"}),
            Map.entry("Florence", new String[] {"Flo", "Florrie"}),
            Map.entry("Matilda", new String[] {"Tilly", "Tilda"}),
            Map.entry("Amelia", new String[] {"Millie", "Amy"}),
            Map.entry("Alfie", new String[] {"Alfred"}),
            Map.entry("Archie", new String[] {"Archibald"}),
            Map.entry("Freddie", new String[] {"Frederick", "Fred"}),
            Map.entry("Theo", new String[] {"Theodore", "Teddy"}),
            Map.entry("Oliver", new String[] {"Ollie", "Olly"}),
            Map.entry("Muhammad", new String[] {"Mo"}),
            Map.entry("Mohammed", new String[] {"Mo"}),
            Map.entry("Katarzyna", new String[] {"Kasia"}),
            Map.entry("Aleksander", new String[] {"Olek"}),
            Map.entry("Małgorzata", new String[] {"Gosia"}),
            Map.entry("Oluwaseun", new String[] {"Seun"}),
            Map.entry("Abena", new String[] {"Abby"}),
            Map.entry("Gurpreet", new String[] {"Gary"}),
            Map.entry("Zuzanna", new String[] {"Zuzia"}),
            Map.entry("Evelyn", new String[] {"Evie"}),
            Map.entry("Sophia", new String[] {"Sophie"}),
            Map.entry("Esther", new String[] {"Essie"}),
            Map.entry("Jacob", new String[] {"Jake"}),
            Map.entry("Benjamin", new String[] {"Ben"}));

    private static final String[] AREAS = ("B M L LS NG BS CF G EH SW SE N E NW W BD S SO PL NE CV LE MK OX CB BN RG DE ST "
            + "WV HU YO PE NR IP CO CM SS ME CT TN GU KT CR BR DA RM IG EN HA UB TW SM WD AL SG LU HP SL").split(" ");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random;
    /**
     * For the middle names of duplicate queries only, so that adding that noise left every other draw (and so the
     * registers and queries of earlier runs) as it was.
     */
    private final Random middleNoise;
    private final List<Origin> origins = new ArrayList<>();
    private final Set<String> usedNhs = new HashSet<>();
    private final LocalDate today;

    private record Origin(int share, String[] boys, String[] girls, String[] families) {
    }

    /**
     * How the names are spread over the register.
     *
     * <p>{@link #COMPACT} draws from the curated pools alone (about 50 given names per origin and sex, 112 English
     * family names), the k-th with weight 1/k^0.9: the generator of every figure before 8 December 2026. Its names
     * are far commoner than in life: Smith is 9.7 % of a generated register (0.83 % of the UK's people, 546,000 of
     * 65.6 million in 2016), Oliver 11.7 % of the boys (1.35 % of the boys born in England and Wales in 2020, 4,225),
     * Oliver Smith 0.85 % of the children, and 6.1 % of a million children share given name, family name and date of
     * birth with a child of another household.
     *
     * <p>{@link #REALISTIC} keeps the curated pools as the commonest names of each origin and continues each with a
     * tail of made-up names ({@link MadeUpNames}: Braylen, Thaiford), the k-th name with weight 1/k^0.7 over 3,000
     * more given names per origin and sex and 1/k^0.6 over 5,500 more family names per origin, chosen so that the
     * commonest names come close to the figures above: in a generated million Smith is 0.81 % of the children,
     * Oliver 1.9 % of the boys, Oliver Smith 0.010 %, and 0.005 % of the children share given name, family name and
     * date of birth with a child of another household. The chance that two children share a family name is then
     * 0.00040 (about what the UK's leading surnames give: Smith, Jones, Williams, Taylor, Davies and the rest of the
     * first hundred, 0.0004–0.0005), a given name 0.00064 (the hundred commonest boys' and girls' names of 2020 give
     * about 0.001 for one year's births, less over the 25 years of a register). Made-up names are enough here: the
     * matcher compares spellings and sounds, not meanings; they are denser than real names (most are one letter
     * from another), which makes them look alike more often than real names do.
     */
    public enum Names {
        COMPACT(0.9, 0.9, 0, 0),
        REALISTIC(0.7, 0.6, 3000, 5500);

        final double givenExponent;
        final double familyExponent;
        final int givenTail;
        final int familyTail;

        Names(double givenExponent, double familyExponent, int givenTail, int familyTail) {
            this.givenExponent = givenExponent;
            this.familyExponent = familyExponent;
            this.givenTail = givenTail;
            this.familyTail = familyTail;
        }
    }

    private final Names names;

    /** A generator of registers whose names are spread as in life ({@link Names#REALISTIC}). */
    public RegisterGenerator(long seed, LocalDate today) {
        this(seed, today, Names.REALISTIC);
    }

    public RegisterGenerator(long seed, LocalDate today, Names names) {
        this.random = new Random(seed);
        this.middleNoise = new Random(seed ^ 0x6d6964646c65L);
        this.today = today;
        this.names = names;
        int index = 0;
        for (String[] o : ORIGINS) {
            Random tails = new Random(0x7461696cL + index++);
            origins.add(new Origin(Integer.parseInt(o[0]),
                    withTail(o[1].split(" "), MadeUpNames.BOYS, names.givenTail, tails),
                    withTail(o[2].split(" "), MadeUpNames.GIRLS, names.givenTail, tails),
                    withTail(o[3].split(" "), MadeUpNames.FAMILIES, names.familyTail, tails)));
        }
    }

    /** The names' spread this generator draws with. */
    public Names names() {
        return names;
    }

    /** The curated names followed by {@code tail} made-up ones, in an order of the origin's own. */
    private static String[] withTail(String[] curated, List<String> madeUp, int tail, Random order) {
        if (tail == 0) {
            return curated;
        }
        Set<String> seen = new HashSet<>(List.of(curated));
        List<String> shuffled = new ArrayList<>(madeUp);
        java.util.Collections.shuffle(shuffled, order);
        List<String> all = new ArrayList<>(List.of(curated));
        for (String name : shuffled) {
            if (all.size() >= curated.length + tail) {
                break;
            }
            if (seen.add(name)) {
                all.add(name);
            }
        }
        return all.toArray(String[]::new);
    }

    /**
     * A register of {@code size} children and {@code queries} queries: 70 % duplicates spread over the corruption
     * kinds, 10 % each twins, siblings and strangers.
     */
    public Generated generate(int size, int queries) {
        List<Person> all = new ArrayList<>(size + queries);
        List<int[]> householdRanges = new ArrayList<>();
        int household = 0;
        int heldOutTwins = Math.max(1, queries / 10);
        int heldOutSiblings = Math.max(1, queries / 10);
        List<Person> twinQueries = new ArrayList<>();
        List<Person> siblingQueries = new ArrayList<>();
        while (all.size() < size) {
            List<Person> kids = household(household++);
            // hold out the second twin or a younger sibling as non-match queries, while we need them
            if (twinQueries.size() < heldOutTwins && kids.size() >= 2 && kids.get(kids.size() - 1).dob()
                    .equals(kids.get(kids.size() - 2).dob())) {
                twinQueries.add(kids.remove(kids.size() - 1));
            } else if (siblingQueries.size() < heldOutSiblings && kids.size() >= 2 && random.nextInt(20) == 0
                    && !kids.get(kids.size() - 1).dob().equals(kids.get(kids.size() - 2).dob())) {
                siblingQueries.add(kids.remove(kids.size() - 1));
            }
            int from = all.size();
            all.addAll(kids);
            householdRanges.add(new int[] {from, all.size()});
        }
        List<Person> register = all.size() > size ? new ArrayList<>(all.subList(0, size)) : all;
        List<Query> out = new ArrayList<>();
        Kind[] duplicateKinds = java.util.Arrays.stream(Kind.values()).filter(Kind::isDuplicate).toArray(Kind[]::new);
        int duplicates = queries - twinQueries.size() - siblingQueries.size() - queries / 10;
        for (int i = 0; i < duplicates; i++) {
            Kind kind = duplicateKinds[i % duplicateKinds.length];
            int truth = pickTarget(register, kind);
            Person p = corrupt(register.get(truth), kind);
            Kind second = null;
            if (random.nextInt(10) < 3) {
                second = duplicateKinds[1 + random.nextInt(duplicateKinds.length - 1)];
                if (second != kind && applicable(register.get(truth), second)) {
                    p = corrupt(p, second);
                } else {
                    second = null;
                }
            }
            p = middleNameAsRecordedAgain(p);
            if (kind != Kind.MISSING_NHS_AND_POSTCODE && random.nextInt(10) >= 4) {
                p = withNhs(p, null);
            }
            out.add(new Query(p, truth, kind, second));
        }
        for (Person twin : twinQueries) {
            out.add(new Query(random.nextInt(10) < 4 ? twin : withNhs(twin, null), -1, Kind.TWIN, null));
        }
        for (Person sibling : siblingQueries) {
            out.add(new Query(random.nextInt(10) < 4 ? sibling : withNhs(sibling, null), -1, Kind.SIBLING, null));
        }
        for (int i = 0; i < queries / 10; i++) {
            out.add(new Query(stranger(register.get(random.nextInt(register.size()))), -1, Kind.STRANGER, null));
        }
        java.util.Collections.shuffle(out, random);
        return new Generated(register, out);
    }

    private List<Person> household(int id) {
        Origin origin = pickOrigin();
        String family = zipf(origin.families, names.familyExponent);
        if (random.nextInt(20) == 0) {
            String other = zipf(pickOrigin().families, names.familyExponent);
            if (!other.equals(family)) {
                family = family + "-" + other;
            }
        }
        String postcode = postcode();
        int children = 1 + (random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 7 ? 2 : 3);
        List<Person> kids = new ArrayList<>();
        LocalDate dob = today.minusDays(random.nextInt(25 * 365 - 400) + 1);
        Set<String> namesUsed = new HashSet<>();
        for (int c = 0; c < children && !dob.isAfter(today); c++) {
            kids.add(child(id, origin, family, postcode, dob, namesUsed));
            if (random.nextInt(1000) < 16) {
                kids.add(child(id, origin, family, postcode, dob, namesUsed));
            }
            dob = dob.plusDays(365 + random.nextInt(4 * 365));
        }
        return kids;
    }

    private Person child(int household, Origin origin, String family, String postcode, LocalDate dob,
            Set<String> namesUsed) {
        boolean girl = random.nextBoolean();
        String given;
        int tries = 0;
        do {
            given = zipf(girl ? origin.girls : origin.boys, names.givenExponent);
        } while ((namesUsed.contains(sound(given)) || shortFormOfUsed(given, namesUsed)) && ++tries < 50);
        namesUsed.add("=" + NameFolding.fold(given));
        namesUsed.add(sound(given));
        // parents do not give siblings sound-alike names, nor one child's first name as another's middle name
        String middle = random.nextBoolean()
                ? zipf(random.nextBoolean() ? origin.girls : origin.boys, names.givenExponent) : null;
        if (middle != null && (namesUsed.contains(sound(middle)) || sound(middle).equals(sound(given)))) {
            middle = null;
        }
        if (middle != null) {
            namesUsed.add(sound(middle));
        }
        String other = random.nextInt(100) < 3 ? zipf(pickOrigin().families, names.familyExponent) : null;
        String nhs = random.nextInt(100) < 85 ? nhsNumber() : null;
        boolean schoolAge = dob.isBefore(today.minusYears(5)) && dob.isAfter(today.minusYears(17));
        String upn = schoolAge && random.nextInt(3) == 0 ? upn() : null;
        return new Person(household, given, middle, family, other, dob, postcode, nhs, upn, girl ? "female" : "male");
    }

    private static final org.apache.commons.codec.language.DoubleMetaphone METAPHONE =
            new org.apache.commons.codec.language.DoubleMetaphone();

    private static boolean shortFormOfUsed(String given, Set<String> used) {
        String folded = NameFolding.fold(given);
        for (String u : used) {
            if (u.startsWith("=") && Nicknames.standard().sameName(folded, u.substring(1))) {
                return true;
            }
        }
        return false;
    }

    private static String sound(String name) {
        return METAPHONE.doubleMetaphone(ascii(name));
    }

    private Origin pickOrigin() {
        int total = origins.stream().mapToInt(Origin::share).sum();
        int r = random.nextInt(total);
        for (Origin o : origins) {
            r -= o.share;
            if (r < 0) {
                return o;
            }
        }
        return origins.get(0);
    }

    private final Map<String[], double[]> cumulative = new java.util.IdentityHashMap<>();

    /** A Zipf-like pick: the k-th name (from 1) has weight 1/k^exponent. */
    private String zipf(String[] names, double exponent) {
        double[] c = cumulative.computeIfAbsent(names, n -> {
            double[] sums = new double[n.length];
            double total = 0;
            for (int k = 0; k < n.length; k++) {
                total += 1 / Math.pow(k + 1, exponent);
                sums[k] = total;
            }
            return sums;
        });
        double r = random.nextDouble() * c[c.length - 1];
        int i = java.util.Arrays.binarySearch(c, r);
        return names[Math.min(names.length - 1, i >= 0 ? i : -i - 1)];
    }

    private String postcode() {
        String area = AREAS[random.nextInt(AREAS.length)];
        int district = 1 + random.nextInt(area.length() == 1 ? 40 : 30);
        return area + district + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    private String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            digits.append(4 + random.nextInt(3));
            for (int i = 1; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            digits.append(check == 11 ? 0 : check);
            String value = digits.toString();
            if (usedNhs.add(value)) {
                try {
                    return NhsNumber.parse(value).value();
                } catch (RuntimeException invalid) {
                    usedNhs.remove(value);
                }
            }
        }
    }

    private String upn() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            digits.append(random.nextInt(10));
        }
        int total = 0;
        for (int i = 0; i < 12; i++) {
            total += (i + 2) * (digits.charAt(i) - '0');
        }
        String candidate = UniquePupilNumber.CHECK_ALPHABET.charAt(total % 23) + digits.toString();
        try {
            return UniquePupilNumber.parse(candidate).value();
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    // ---- corruptions

    private int pickTarget(List<Person> register, Kind kind) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int i = random.nextInt(register.size());
            if (applicable(register.get(i), kind)) {
                return i;
            }
        }
        return random.nextInt(register.size());
    }

    private static boolean applicable(Person p, Kind kind) {
        return switch (kind) {
            case DROPPED_ACCENTS -> !(p.given + p.family).equals(ascii(p.given + p.family));
            case NICKNAME -> SHORT_FORMS.containsKey(p.given);
            case SHORTENED_DOUBLE_BARRELLED -> p.family.contains("-") && !p.family.startsWith("Al-")
                    && !p.family.startsWith("El-");
            case DAY_MONTH_SWAPPED -> p.dob.getDayOfMonth() <= 12 && p.dob.getDayOfMonth() != p.dob.getMonthValue();
            case YEAR_ONE_OUT -> true;
            case MOVED_HOUSE, MISSING_NHS_AND_POSTCODE -> p.postcode != null;
            default -> true;
        };
    }

    Person corrupt(Person p, Kind kind) {
        return switch (kind) {
            case EXACT -> p;
            case TYPO_GIVEN -> new Person(p.household, typo(p.given), p.middle, p.family, p.otherName, p.dob,
                    p.postcode, p.nhs, p.upn, p.gender);
            case TYPO_FAMILY -> new Person(p.household, p.given, p.middle, typo(p.family), p.otherName, p.dob,
                    p.postcode, p.nhs, p.upn, p.gender);
            case DROPPED_ACCENTS -> new Person(p.household, ascii(p.given), p.middle == null ? null : ascii(p.middle),
                    ascii(p.family).toUpperCase(Locale.ROOT), p.otherName, p.dob, p.postcode, p.nhs, p.upn, p.gender);
            case NICKNAME -> {
                String[] forms = SHORT_FORMS.get(p.given);
                String nick = forms == null ? p.given : forms[random.nextInt(forms.length)];
                yield new Person(p.household, nick, random.nextBoolean() ? null : p.middle, p.family, p.otherName,
                        p.dob, p.postcode, p.nhs, p.upn, p.gender);
            }
            case NAMES_SWAPPED -> new Person(p.household, p.family, null, p.given, p.otherName, p.dob, p.postcode,
                    p.nhs, p.upn, p.gender);
            case SHORTENED_DOUBLE_BARRELLED -> {
                String[] parts = p.family.split("-");
                yield new Person(p.household, p.given, p.middle, parts[random.nextInt(parts.length)], p.otherName,
                        p.dob, p.postcode, p.nhs, p.upn, p.gender);
            }
            case DAY_MONTH_SWAPPED -> {
                LocalDate d = p.dob;
                LocalDate swapped = d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()
                        && d.getMonthValue() <= java.time.YearMonth.of(d.getYear(), d.getDayOfMonth()).lengthOfMonth()
                        ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()) : d.plusDays(1);
                yield new Person(p.household, p.given, p.middle, p.family, p.otherName,
                        swapped.isAfter(today) ? d : swapped, p.postcode, p.nhs, p.upn, p.gender);
            }
            case YEAR_ONE_OUT -> {
                LocalDate d = random.nextBoolean() || p.dob.minusYears(1).isBefore(today.minusYears(25).plusDays(1))
                        ? p.dob.plusYears(1) : p.dob.minusYears(1);
                yield new Person(p.household, p.given, p.middle, p.family, p.otherName, d.isAfter(today)
                        ? p.dob.minusYears(1) : d, p.postcode, p.nhs, p.upn, p.gender);
            }
            case MOVED_HOUSE -> new Person(p.household, p.given, p.middle, p.family, p.otherName, p.dob, postcode(),
                    p.nhs, p.upn, p.gender);
            case MISSING_NHS_AND_POSTCODE -> new Person(p.household, p.given, p.middle, p.family, p.otherName, p.dob,
                    random.nextBoolean() ? null : p.postcode, null, p.upn, p.gender);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /**
     * A second record of a child often lacks the middle name (a form with one box for the first name, a school
     * that records the name the child uses), and now and then carries another one (a name added or dropped at
     * baptism or naturalisation, a misheard name): a third lose it here, one in fifty gets another.
     */
    private Person middleNameAsRecordedAgain(Person p) {
        if (p.middle == null) {
            return p;
        }
        int r = middleNoise.nextInt(100);
        String middle = r < 33 ? null : r < 35 ? anotherMiddleName(p.middle) : p.middle;
        return new Person(p.household, p.given, middle, p.family, p.otherName, p.dob, p.postcode, p.nhs, p.upn,
                p.gender);
    }

    private String anotherMiddleName(String middle) {
        Origin origin = origins.get(middleNoise.nextInt(origins.size()));
        String[] pool = middleNoise.nextBoolean() ? origin.girls : origin.boys;
        String other;
        do {
            other = pool[middleNoise.nextInt(pool.length)];
        } while (sound(other).equals(sound(middle)));
        return other;
    }

    private Person stranger(Person like) {
        String given = random.nextInt(4) == 0 ? typo(like.given) : like.given;
        String family = random.nextInt(4) == 0 ? typo(like.family) : like.family;
        LocalDate dob = random.nextBoolean() ? like.dob.plusDays(random.nextInt(61) - 30)
                : LocalDate.of(like.dob.getYear(), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (dob.isAfter(today)) {
            dob = today.minusDays(random.nextInt(30));
        }
        String postcode = random.nextInt(5) == 0 && like.postcode != null
                ? like.postcode.substring(0, like.postcode.indexOf(' ')) + " " + random.nextInt(10) + "AB" : postcode();
        return new Person(-1, given, null, family, null, dob, postcode, random.nextInt(10) < 4 ? nhsNumber() : null,
                null, like.gender);
    }

    private static Person withNhs(Person p, String nhs) {
        return new Person(p.household, p.given, p.middle, p.family, p.otherName, p.dob, p.postcode, nhs, p.upn,
                p.gender);
    }

    /** One keyboard slip: a letter dropped, doubled, changed or swapped with its neighbour (not the first letter). */
    private String typo(String name) {
        if (name.length() < 3) {
            return name + name.charAt(name.length() - 1);
        }
        char[] c = name.toCharArray();
        int i = 1 + random.nextInt(c.length - 1);
        switch (random.nextInt(4)) {
            case 0:
                return name.substring(0, i) + name.substring(i + 1);
            case 1:
                return name.substring(0, i) + c[i] + name.substring(i);
            case 2:
                c[i] = (char) ('a' + random.nextInt(26));
                return new String(c);
            default:
                if (i == c.length - 1) {
                    i--;
                }
                if (i < 1) {
                    return name + "e";
                }
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                return new String(c);
        }
    }

    private static String ascii(String s) {
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L');
    }
}
