/* bench-generate.c: the national-scale workspace the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moved out of bench-store.c so bench-gap.c analyses the very same
 * workspace; the random draws are in the same order, so the generated
 * standards are unchanged.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "azqf-classification.h"
#include "azqf-criterion.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-unit.h"

#include "bench-generate.h"

struct _BenchGenerator
{
  GRand     *rand;       /* borrowed */
  GPtrArray *isco;       /* leaves of ISCO-08 */
  GPtrArray *isced;      /* leaves of ISCED-F 2013 */
  int        n_outcomes;
};

/* Word lists. Together they use every special letter: ə ı ö ü ç ş ğ and İ, I. */

static const BenchPair occupations[] = {
  { "Mühasib", "Accountant" },
  { "Aşpaz", "Cook" },
  { "Çilingər", "Locksmith" },
  { "Şəbəkə administratoru", "Network administrator" },
  { "Ölçü cihazları təmirçisi", "Measuring instrument repairer" },
  { "Ürək-damar tibb bacısı", "Cardiovascular nurse" },
  { "İnşaat mühəndisi", "Civil engineer" },
  { "Ərzaq texnoloqu", "Food technologist" },
  { "Qaynaqçı", "Welder" },
  { "Bağban", "Gardener" },
  { "Dağ-mədən mühəndisi", "Mining engineer" },
  { "Elektrik montyoru", "Electrician" },
  { "Santexnik", "Plumber" },
  { "Dərzi", "Tailor" },
  { "Bərbər", "Barber" },
  { "Sürücü", "Driver" },
  { "Proqram təminatı tərtibatçısı", "Software developer" },
  { "Veb dizayner", "Web designer" },
  { "Müəllim köməkçisi", "Teaching assistant" },
  { "Uşaq bağçası tərbiyəçisi", "Pre-school teacher" },
  { "Sosial işçi", "Social worker" },
  { "Əczaçı", "Pharmacist" },
  { "Feldşer", "Paramedic" },
  { "Laborant", "Laboratory technician" },
  { "Kitabxanaçı", "Librarian" },
  { "Tərcüməçi", "Translator" },
  { "Jurnalist", "Journalist" },
  { "Hüquqşünas köməkçisi", "Paralegal" },
  { "Satış məsləhətçisi", "Sales consultant" },
  { "Anbar işçisi", "Warehouse worker" },
  { "Logistika mütəxəssisi", "Logistics specialist" },
  { "Gömrük brokeri", "Customs broker" },
  { "Bank əməliyyatçısı", "Bank clerk" },
  { "Sığorta agenti", "Insurance agent" },
  { "Turizm bələdçisi", "Tourist guide" },
  { "Otel administratoru", "Hotel receptionist" },
  { "Ofisiant", "Waiter" },
  { "Qənnadçı", "Pastry cook" },
  { "Çörəkçi", "Baker" },
  { "Kənd təsərrüfatı texniki", "Agricultural technician" },
  { "Baytar köməkçisi", "Veterinary assistant" },
  { "Balıqçı", "Fisher" },
  { "Meşəçi", "Forester" },
  { "Neft-qaz operatoru", "Oil and gas operator" },
  { "Qazma ustası", "Drilling operator" },
  { "Kimya texnoloqu", "Chemical technologist" },
  { "Avtomobil təmirçisi", "Car mechanic" },
  { "Təyyarə texniki", "Aircraft technician" },
  { "Dəmir yolu dispetçeri", "Railway dispatcher" },
  { "Gəmi mexaniki", "Ship mechanic" },
  { "Kran operatoru", "Crane operator" },
  { "Dülgər", "Carpenter" },
  { "Mebel ustası", "Furniture maker" },
  { "Xalçaçı", "Carpet weaver" },
  { "Zərgər", "Jeweller" },
  { "Fotoqraf", "Photographer" },
  { "Səs rejissoru", "Sound engineer" },
  { "Mühafizəçi", "Security guard" },
  { "Yanğınsöndürən", "Firefighter" },
  { "İT dəstək mütəxəssisi", "IT support technician" },
  { "Kibertəhlükəsizlik analitiki", "Cybersecurity analyst" },
  { "Məlumat analitiki", "Data analyst" },
  { "Layihə meneceri", "Project manager" },
  { "Kadrlar üzrə mütəxəssis", "Human resources specialist" },
  { "Marketinq mütəxəssisi", "Marketing specialist" },
  { "Ekoloq", "Ecologist" },
  { "Günəş panelləri quraşdırıcısı", "Solar panel installer" },
  { "Işıqlandırma texniki", "Lighting technician" },
  { "Ovçuluq təsərrüfatı işçisi", "Game keeper" },
  { "Ünvanlı sosial yardım mütəxəssisi", "Targeted social aid specialist" },
};

static const BenchPair fields[] = {
  { "kənd təsərrüfatı", "agriculture" },
  { "səhiyyə", "health care" },
  { "tikinti", "construction" },
  { "turizm", "tourism" },
  { "neft-qaz sənayesi", "oil and gas industry" },
  { "dövlət xidməti", "public service" },
  { "bank sektoru", "banking" },
  { "nəqliyyat", "transport" },
  { "təhsil", "education" },
  { "kiçik və orta sahibkarlıq", "small and medium business" },
  { "yüngül sənaye", "light industry" },
  { "qida sənayesi", "food industry" },
  { "energetika", "energy" },
  { "rabitə", "telecommunications" },
  { "mədəniyyət", "culture" },
  { "idman", "sport" },
  { "ictimai iaşə", "catering" },
  { "su təsərrüfatı", "water management" },
  { "ətraf mühitin mühafizəsi", "environmental protection" },
  { "kimya sənayesi", "chemical industry" },
  { "metallurgiya", "metallurgy" },
  { "gəmiqayırma", "shipbuilding" },
  { "aqrar emal", "agro-processing" },
  { "dəmir yolu", "railways" },
  { "aviasiya", "aviation" },
  { "ticarət", "retail" },
  { "logistika", "logistics" },
  { "sığorta", "insurance" },
  { "media", "media" },
  { "rəqəmsal iqtisadiyyat", "digital economy" },
};

static const BenchPair adjectives[] = {
  { "müasir", "modern" },
  { "əsas", "basic" },
  { "mürəkkəb", "complex" },
  { "peşəkar", "professional" },
  { "texniki", "technical" },
  { "hüquqi", "legal" },
  { "ekoloji", "environmental" },
  { "sosial", "social" },
  { "etik", "ethical" },
  { "təhlükəsiz", "safe" },
  { "keyfiyyətli", "high-quality" },
  { "səmərəli", "efficient" },
  { "gündəlik", "daily" },
  { "strateji", "strategic" },
  { "operativ", "operational" },
  { "ilkin", "primary" },
  { "müvafiq", "relevant" },
  { "beynəlxalq", "international" },
  { "milli", "national" },
  { "rəqəmsal", "digital" },
  { "standart", "standard" },
  { "xüsusi", "specific" },
  { "ümumi", "general" },
  { "kritik", "critical" },
  { "innovativ", "innovative" },
  { "çoxşaxəli", "diverse" },
  { "qısamüddətli", "short-term" },
  { "uzunmüddətli", "long-term" },
  { "fərdi", "individual" },
  { "kollektiv", "collective" },
};

static const BenchPair objects[] = {
  { "maliyyə hesabatlarını", "financial statements" },
  { "təhlükəsizlik tələblərini", "safety requirements" },
  { "iş prosedurlarını", "work procedures" },
  { "müştəri sorğularını", "customer requests" },
  { "texniki sənədləri", "technical documents" },
  { "avadanlığın vəziyyətini", "the condition of the equipment" },
  { "istehsal proseslərini", "production processes" },
  { "keyfiyyət göstəricilərini", "quality indicators" },
  { "risk amillərini", "risk factors" },
  { "büdcə planını", "the budget plan" },
  { "müqavilə şərtlərini", "contract terms" },
  { "tədris materiallarını", "learning materials" },
  { "şəbəkə konfiqurasiyasını", "the network configuration" },
  { "məlumat bazasını", "the database" },
  { "gigiyena qaydalarını", "hygiene rules" },
  { "ərzaq ehtiyatlarını", "food stocks" },
  { "ölçmə nəticələrini", "measurement results" },
  { "tikinti layihəsini", "the construction project" },
  { "elektrik sxemlərini", "wiring diagrams" },
  { "komanda işini", "teamwork" },
  { "ünsiyyət strategiyasını", "the communication strategy" },
  { "əmək şəraitini", "working conditions" },
  { "ətraf mühitə təsiri", "the environmental impact" },
  { "enerji sərfini", "energy consumption" },
  { "xəstə qeydlərini", "patient records" },
  { "şagirdlərin nailiyyətlərini", "learners' achievements" },
  { "peşə etikası prinsiplərini", "principles of professional ethics" },
  { "yanğın təhlükəsizliyi tədbirlərini", "fire safety measures" },
  { "anbar qalıqlarını", "warehouse stock" },
  { "nəqliyyat marşrutlarını", "transport routes" },
  { "gömrük bəyannaməsini", "the customs declaration" },
  { "sığorta iddialarını", "insurance claims" },
  { "satış göstəricilərini", "sales figures" },
  { "marketinq kampaniyasını", "the marketing campaign" },
  { "proqram təminatını", "the software" },
  { "kibertəhlükələri", "cyber threats" },
  { "istifadəçi hüquqlarını", "user rights" },
  { "laboratoriya nümunələrini", "laboratory samples" },
  { "dərman vasitələrini", "medicines" },
  { "təmir işlərini", "repair work" },
  { "quraşdırma təlimatlarını", "installation instructions" },
  { "çertyojları", "technical drawings" },
  { "xammalın keyfiyyətini", "raw material quality" },
  { "qida təhlükəsizliyini", "food safety" },
  { "turist marşrutunu", "the tourist route" },
  { "müştəri məmnuniyyətini", "customer satisfaction" },
  { "işçi heyətinin təlimini", "staff training" },
  { "hesab-fakturaları", "invoices" },
  { "vergi öhdəliklərini", "tax obligations" },
  { "ağac materiallarını", "timber materials" },
  { "dağ süxurlarını", "rock formations" },
  { "yağ və sürtkü materiallarını", "oils and lubricants" },
  { "bağlantı sxemlərini", "connection diagrams" },
};

static const BenchPair verbs[] = {
  { "təhlil edir", "Analyses" },
  { "izah edir", "Explains" },
  { "tətbiq edir", "Applies" },
  { "qiymətləndirir", "Evaluates" },
  { "hazırlayır", "Prepares" },
  { "yoxlayır", "Checks" },
  { "müəyyən edir", "Identifies" },
  { "təşkil edir", "Organises" },
  { "idarə edir", "Manages" },
  { "sənədləşdirir", "Documents" },
  { "tərtib edir", "Draws up" },
  { "nəzarətdə saxlayır", "Monitors" },
  { "müqayisə edir", "Compares" },
  { "təqdim edir", "Presents" },
  { "əsaslandırır", "Justifies" },
  { "seçir", "Selects" },
  { "ölçür", "Measures" },
  { "quraşdırır", "Installs" },
  { "təmir edir", "Repairs" },
  { "öyrədir", "Teaches" },
  { "müzakirə edir", "Discusses" },
  { "təmin edir", "Ensures" },
  { "düzəldir", "Corrects" },
  { "şərh edir", "Interprets" },
  { "planlaşdırır", "Plans" },
  { "yeniləyir", "Updates" },
  { "tənzimləyir", "Adjusts" },
  { "sınaqdan keçirir", "Tests" },
  { "optimallaşdırır", "Optimises" },
  { "layihələndirir", "Designs" },
};

static const BenchPair contexts[] = {
  { "Müəssisənin daxili qaydalarına uyğun olaraq", "in line with the organisation's internal rules" },
  { "Qüvvədə olan qanunvericiliyə əsasən", "under the legislation in force" },
  { "Rəhbərin göstərişi ilə", "as instructed by the supervisor" },
  { "Müstəqil şəkildə", "independently" },
  { "Komanda üzvləri ilə birlikdə", "together with team members" },
  { "Beynəlxalq standartlar əsasında", "on the basis of international standards" },
  { "İş yerində", "at the workplace" },
  { "Məhdud vaxt ərzində", "within a limited time" },
  { "Gözlənilməz vəziyyətlərdə", "in unforeseen situations" },
  { "Rəqəmsal alətlərdən istifadə etməklə", "using digital tools" },
  { "Müştərinin ehtiyaclarını nəzərə alaraq", "taking the customer's needs into account" },
  { "Əməyin mühafizəsi qaydalarına riayət etməklə", "following occupational safety rules" },
  { "Sağlamlıq və təhlükəsizlik normalarına uyğun", "in line with health and safety norms" },
  { "Dəyişən şəraitdə", "under changing conditions" },
  { "Ətraf mühitə zərər vurmadan", "without harming the environment" },
  { "Keyfiyyət idarəetmə sistemi çərçivəsində", "within the quality management system" },
};

static const BenchPair adverbs[] = {
  { "Düzgün", "correctly" },
  { "Vaxtında", "on time" },
  { "Tam və dəqiq", "fully and accurately" },
  { "Səhvsiz", "without errors" },
  { "Müstəqil olaraq", "independently" },
  { "Təlimata uyğun", "according to the instructions" },
  { "Ardıcıl şəkildə", "consistently" },
  { "Təhlükəsiz şəkildə", "safely" },
  { "Qənaətlə", "economically" },
  { "Şəffaf şəkildə", "transparently" },
  { "Əsaslı şəkildə", "thoroughly" },
  { "Öz təşəbbüsü ilə", "on their own initiative" },
};

static const BenchPair unit_titles[] = {
  { "İşin planlaşdırılması", "Planning the work" },
  { "Təhlükəsizlik tədbirlərinin təmin edilməsi", "Ensuring safety measures" },
  { "Sənədlərin hazırlanması", "Preparing documents" },
  { "Avadanlığın quraşdırılması", "Installing equipment" },
  { "Keyfiyyətə nəzarət", "Quality control" },
  { "Müştərilərlə ünsiyyət", "Communicating with customers" },
  { "Materialların seçilməsi", "Selecting materials" },
  { "Texniki xidmət və təmir", "Maintenance and repair" },
  { "Maliyyə uçotunun aparılması", "Keeping financial records" },
  { "Hesabatların tərtibi", "Reporting" },
  { "Komanda işinin təşkili", "Organising teamwork" },
  { "Risklərin qiymətləndirilməsi", "Assessing risks" },
  { "Peşəkar inkişaf", "Professional development" },
  { "Rəqəmsal alətlərin tətbiqi", "Using digital tools" },
  { "Ətraf mühitin qorunması", "Protecting the environment" },
  { "Məlumatların təhlili", "Analysing data" },
  { "Əmək münasibətləri", "Employment relations" },
  { "Ehtiyatların idarə edilməsi", "Managing stocks" },
  { "Xidmət göstərilməsi", "Delivering the service" },
  { "Ölçmə və sınaq", "Measurement and testing" },
  { "Çertyojların oxunması", "Reading technical drawings" },
  { "Gigiyena və sanitariya", "Hygiene and sanitation" },
  { "Şikayətlərin araşdırılması", "Handling complaints" },
  { "Yanğın təhlükəsizliyi", "Fire safety" },
  { "İlk tibbi yardım", "First aid" },
  { "Layihənin idarə edilməsi", "Managing the project" },
  { "Satış və marketinq", "Sales and marketing" },
  { "Logistika əməliyyatları", "Logistics operations" },
  { "Hüquqi tələblərə uyğunluq", "Legal compliance" },
  { "Təlim və mentorluq", "Training and mentoring" },
};

static const BenchPair bodies[] = {
  { "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", "Ministry of Labour and Social Protection of the Population" },
  { "Elm və Təhsil Nazirliyi", "Ministry of Science and Education" },
  { "Peşə Təhsili üzrə Dövlət Agentliyi", "State Agency for Vocational Education" },
  { "Təhsil İnstitutu", "Institute of Education" },
};

const BenchWordList bench_word_lists[] = {
  { occupations, G_N_ELEMENTS (occupations) },
  { fields, G_N_ELEMENTS (fields) },
  { adjectives, G_N_ELEMENTS (adjectives) },
  { objects, G_N_ELEMENTS (objects) },
  { verbs, G_N_ELEMENTS (verbs) },
  { contexts, G_N_ELEMENTS (contexts) },
  { adverbs, G_N_ELEMENTS (adverbs) },
  { unit_titles, G_N_ELEMENTS (unit_titles) },
  { NULL, 0 }
};

static const BenchPair *
pick (GRand           *rand,
      const BenchPair *pairs,
      guint            n_pairs)
{
  return &pairs[g_rand_int_range (rand, 0, n_pairs)];
}

#define PICK(rand, pairs) pick ((rand), (pairs), G_N_ELEMENTS (pairs))

static gpointer
fail (GError     **out_error,
      const char  *what,
      GError      *error)
{
  g_propagate_prefixed_error (out_error, error, "%s: ", what);
  return NULL;
}

/* Text generation: parallel Azerbaijani and English sentences from the same
 * picks, so each outcome is a plausible translation pair. */

static void
make_outcome_text (GRand  *rand,
                   char  **az,
                   char  **en)
{
  const BenchPair *context = PICK (rand, contexts);
  const BenchPair *adjective = PICK (rand, adjectives);
  const BenchPair *object = PICK (rand, objects);
  const BenchPair *verb = PICK (rand, verbs);
  const BenchPair *field = PICK (rand, fields);

  /* Half the outcomes name a field, for longer and more varied texts. */
  if (g_rand_boolean (rand))
    {
      *az = g_strdup_printf ("%s %s sahəsində %s %s %s.",
                             context->az, field->az, adjective->az, object->az, verb->az);
      *en = g_strdup_printf ("%s %s %s in %s %s.",
                             verb->en, adjective->en, object->en, field->en, context->en);
    }
  else
    {
      *az = g_strdup_printf ("%s %s %s %s.", context->az, adjective->az, object->az, verb->az);
      *en = g_strdup_printf ("%s %s %s %s.", verb->en, adjective->en, object->en, context->en);
    }
}

static AzqfCriterion *
make_criterion (GRand *rand)
{
  const BenchPair *adverb = PICK (rand, adverbs);
  const BenchPair *object = PICK (rand, objects);
  const BenchPair *verb = PICK (rand, verbs);
  g_autofree char *az = g_strdup_printf ("%s %s %s.", adverb->az, object->az, verb->az);
  g_autofree char *en = g_strdup_printf ("%s %s %s.", verb->en, object->en, adverb->en);

  return azqf_criterion_new (az, en);
}

AzqfOutcome *
bench_make_outcome (GRand       *rand,
                    const char  *code,
                    AzqfDomain   domain,
                    guint        n_criteria,
                    GError     **error)
{
  g_autoptr(AzqfOutcome) outcome = NULL;
  g_autofree char *az = NULL;
  g_autofree char *en = NULL;

  outcome = azqf_outcome_new (code, domain, error);
  if (outcome == NULL)
    return NULL;

  make_outcome_text (rand, &az, &en);
  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, az);
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, en);

  for (guint i = 0; i < n_criteria; i++)
    {
      g_autoptr(AzqfCriterion) criterion = make_criterion (rand);

      azqf_outcome_append_criterion (outcome, criterion);
    }

  return g_steal_pointer (&outcome);
}

static const char *
leaf_code (GRand     *rand,
           GPtrArray *leaves)
{
  const AzqfClassificationEntry *entry = g_ptr_array_index (leaves, g_rand_int_range (rand, 0, leaves->len));

  return azqf_classification_entry_get_code (entry);
}

AzqfStandard *
bench_generator_make_standard (BenchGenerator  *self,
                               guint            index,
                               GError         **out_error)
{
  static const char *kind_prefix[] = { "PS", "TS", "KS" };
  static const char domain_letter[] = { 'K', 'S', 'A' };
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *title_az = NULL;
  g_autofree char *title_en = NULL;
  g_autofree char *summary_az = NULL;
  g_autofree char *summary_en = NULL;
  GRand *rand = self->rand;
  AzqfKind kind = index % 3;
  guint level = 1 + (index / 3) % 8;
  const BenchPair *occupation = PICK (rand, occupations);
  const BenchPair *field = PICK (rand, fields);
  const BenchPair *body = PICK (rand, bodies);
  AzqfStatus status = g_rand_int_range (rand, AZQF_STATUS_DRAFT, AZQF_STATUS_WITHDRAWN + 1);
  guint n_units = g_rand_int_range (rand, 3, 9);
  guint n_own = kind == AZQF_KIND_EDUCATIONAL ? 2 : 0;
  guint n_unit_outcomes = self->n_outcomes - n_own;
  guint title_mode = g_rand_int_range (rand, 0, 100);

  code = g_strdup_printf ("%s-%04u-L%u", kind_prefix[kind], index + 1, level);
  standard = azqf_standard_new (kind, code, &error);
  if (standard == NULL)
    return fail (out_error, code, g_steal_pointer (&error));

  switch (kind)
    {
    case AZQF_KIND_OCCUPATIONAL:
      title_az = g_strdup_printf ("%s (%s)", occupation->az, field->az);
      title_en = g_strdup_printf ("%s (%s)", occupation->en, field->en);
      break;
    case AZQF_KIND_EDUCATIONAL:
      title_az = g_strdup_printf ("%s hazırlığı proqramı (%s)", occupation->az, field->az);
      title_en = g_strdup_printf ("%s training programme (%s)", occupation->en, field->en);
      break;
    case AZQF_KIND_QUALIFICATION:
    default:
      title_az = g_strdup_printf ("%s ixtisas kvalifikasiyası (%s)", occupation->az, field->az);
      title_en = g_strdup_printf ("%s qualification (%s)", occupation->en, field->en);
      break;
    }

  /* A few standards have one title only: the list falls back to the other. */
  if (title_mode < 2)
    g_clear_pointer (&title_az, g_free);
  else if (title_mode < 3)
    g_clear_pointer (&title_en, g_free);

  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, title_az);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, title_en);

  {
    g_autofree char *a_az = NULL, *a_en = NULL, *b_az = NULL, *b_en = NULL;

    make_outcome_text (rand, &a_az, &a_en);
    make_outcome_text (rand, &b_az, &b_en);
    summary_az = g_strdup_printf ("Standart %s sahəsində “%s” üçün əsas funksiyaları, bilik, "
                                  "bacarıq, müstəqillik və məsuliyyət tələblərini müəyyən edir. "
                                  "%s %s",
                                  field->az, occupation->az, a_az, b_az);
    summary_en = g_strdup_printf ("The standard sets out the key functions of “%s” in %s and "
                                  "the knowledge, skills, autonomy and responsibility they require. "
                                  "%s %s",
                                  occupation->en, field->en, a_en, b_en);
  }
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, summary_az);
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, summary_en);
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ, field->az);
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN, field->en);
  azqf_standard_set_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ, body->az);
  azqf_standard_set_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN, body->en);
  azqf_standard_set_status (standard, status);

  if (!azqf_standard_set_level (standard, level, &error))
    return fail (out_error, code, g_steal_pointer (&error));

  if (kind != AZQF_KIND_EDUCATIONAL &&
      !azqf_standard_set_isco08 (standard, leaf_code (rand, self->isco), &error))
    return fail (out_error, code, g_steal_pointer (&error));

  if (kind != AZQF_KIND_OCCUPATIONAL &&
      !azqf_standard_set_isced_f (standard, leaf_code (rand, self->isced), &error))
    return fail (out_error, code, g_steal_pointer (&error));

  if (kind == AZQF_KIND_EDUCATIONAL)
    {
      g_autofree char *duration = g_strdup_printf ("P%uY", 1 + level / 3);

      if (!azqf_standard_set_ects_credits (standard, 30.0 * (1 + level / 2), &error) ||
          !azqf_standard_set_duration (standard, duration, &error))
        return fail (out_error, code, g_steal_pointer (&error));
    }

  if (status == AZQF_STATUS_APPROVED || status == AZQF_STATUS_REGISTERED)
    {
      g_autofree char *number = g_strdup_printf ("QƏRAR-%u/%u", 2020 + index % 6, index + 1);
      g_autofree char *date = g_strdup_printf ("%u-%02u-%02u", 2020 + index % 6, 1 + index % 12,
                                               1 + index % 28);
      g_autofree char *review = g_strdup_printf ("%u-%02u-%02u", 2025 + index % 6, 1 + index % 12,
                                                 1 + index % 28);

      if (!azqf_standard_set_decision_number (standard, number, &error) ||
          !azqf_standard_set_decision_date (standard, date, &error) ||
          !azqf_standard_set_review_date (standard, review, &error))
        return fail (out_error, code, g_steal_pointer (&error));
    }

  for (guint i = 0; i < n_own; i++)
    {
      g_autofree char *outcome_code = g_strdup_printf ("PLO%u", i + 1);
      g_autoptr(AzqfOutcome) outcome = bench_make_outcome (rand, outcome_code, i % 3,
                                                           g_rand_int_range (rand, 1, 3), &error);

      if (outcome == NULL || !azqf_standard_add_outcome (standard, NULL, outcome, &error))
        return fail (out_error, outcome_code, g_steal_pointer (&error));
    }

  for (guint u = 0; u < n_units; u++)
    {
      g_autofree char *unit_code = g_strdup_printf ("U%u", u + 1);
      g_autoptr(AzqfUnit) unit = azqf_unit_new (unit_code, &error);
      const BenchPair *unit_title = PICK (rand, unit_titles);
      guint n = n_unit_outcomes / n_units + (u < n_unit_outcomes % n_units ? 1 : 0);
      guint per_domain[3] = { 0, 0, 0 };

      if (unit == NULL)
        return fail (out_error, unit_code, g_steal_pointer (&error));

      azqf_unit_set_title (unit, AZQF_LANG_AZ, unit_title->az);
      azqf_unit_set_title (unit, AZQF_LANG_EN, unit_title->en);
      if (!azqf_unit_set_level (unit, level, &error) ||
          !azqf_standard_add_unit (standard, unit, &error))
        return fail (out_error, unit_code, g_steal_pointer (&error));

      for (guint j = 0; j < n; j++)
        {
          /* Mostly knowledge and skills, as in real standards. */
          AzqfDomain domain = j % 5 == 4 ? AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY : j % 2;
          g_autofree char *outcome_code = g_strdup_printf ("U%u.%c%u", u + 1, domain_letter[domain],
                                                           ++per_domain[domain]);
          g_autoptr(AzqfOutcome) outcome = bench_make_outcome (rand, outcome_code, domain,
                                                               g_rand_int_range (rand, 1, 3),
                                                               &error);

          if (outcome == NULL || !azqf_standard_add_outcome (standard, unit, outcome, &error))
            return fail (out_error, outcome_code, g_steal_pointer (&error));
        }
    }

  return g_steal_pointer (&standard);
}

BenchGenerator *
bench_generator_new (GRand *rand,
                     int    n_outcomes)
{
  BenchGenerator *self = g_new0 (BenchGenerator, 1);

  self->rand = rand;
  self->n_outcomes = n_outcomes;
  self->isco = azqf_classification_list_leaves (AZQF_CLASSIFICATION_ISCO08);
  self->isced = azqf_classification_list_leaves (AZQF_CLASSIFICATION_ISCED_F);

  return self;
}

void
bench_generator_free (BenchGenerator *self)
{
  g_ptr_array_unref (self->isco);
  g_ptr_array_unref (self->isced);
  g_free (self);
}

gboolean
bench_generate_workspace (BenchGenerator  *self,
                          const char      *path,
                          int              n_standards,
                          double          *build_us,
                          double          *insert_us,
                          GError         **error)
{
  g_autoptr(AzqfStore) store = NULL;

  *build_us = 0;
  *insert_us = 0;

  store = azqf_store_create (path, error);
  if (store == NULL)
    return FALSE;

  for (int first = 0; first < n_standards; first += BENCH_BATCH)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
      gint64 t = g_get_monotonic_time ();

      for (int i = first; i < MIN (first + BENCH_BATCH, n_standards); i++)
        {
          AzqfStandard *standard = bench_generator_make_standard (self, i, error);

          if (standard == NULL)
            return FALSE;
          g_ptr_array_add (batch, standard);
        }
      *build_us += (double) (g_get_monotonic_time () - t);

      t = g_get_monotonic_time ();
      if (!azqf_store_insert_standards (store, batch, error))
        return FALSE;
      *insert_us += (double) (g_get_monotonic_time () - t);
    }

  /* Closing checkpoints the WAL into the file, so its size is the real one. */
  azqf_store_close (store);
  return TRUE;
}

void
bench_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}
