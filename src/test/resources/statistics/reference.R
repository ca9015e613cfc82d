# Reference values for Pulse's statistics engine, computed with R's survey package.
#
# Regenerate (R >= 4.2 with survey 4.1.1 and jsonlite; Debian: apt-get install -y r-base-core
# r-cran-survey r-cran-jsonlite) from this folder:
#
#     cd src/test/resources/statistics && Rscript reference.R
#
# It writes the input data sets to data/*.csv (R's own api data, and a synthetic Vietnamese
# opinion survey drawn with a fixed seed), reads them back, and writes what survey reports for
# them to reference/*.json (full double precision). The Java tests in
# src/test/java/vn/pulse/statistics read both and must match estimates and standard errors to
# 1e-6 relative and p-values to 1e-4. Commit data, script and references together.
suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})
stopifnot(packageVersion("survey") >= "4.1")
options(survey.lonely.psu = "fail", stringsAsFactors = FALSE)

save_json <- function(x, name) {
  write_json(x, file.path("reference", paste0(name, ".json")), digits = NA,
             auto_unbox = TRUE, pretty = TRUE)
}
read_data <- function(name) {
  read.csv(file.path("data", paste0(name, ".csv")), stringsAsFactors = FALSE,
           encoding = "UTF-8", check.names = FALSE)
}
# One estimate: value, standard error, design effect, and a t interval on the design's df.
stat <- function(s, df = NULL) {
  out <- list(estimate = unname(coef(s))[1], se = unname(SE(s))[1])
  d <- attr(s, "deff")
  if (!is.null(d)) out$deff <- unname(diag(as.matrix(d)))[1]
  if (!is.null(df)) {
    ci <- confint(s, df = df)
    out$df <- df
    out$ciLow <- unname(ci[1, 1])
    out$ciHigh <- unname(ci[1, 2])
  }
  out
}
# Every column of a multi-column svystat (e.g. all options of a factor).
stats <- function(s, prefix) {
  d <- attr(s, "deff")
  out <- list()
  for (i in seq_along(coef(s))) {
    key <- if (nzchar(prefix)) sub(prefix, "", names(coef(s))[i], fixed = TRUE) else names(coef(s))[i]
    out[[key]] <- list(estimate = unname(coef(s)[i]), se = unname(SE(s)[i]),
                       deff = if (is.null(d)) NULL else unname(diag(as.matrix(d)))[i])
  }
  out
}
ratio <- function(r) {
  out <- list(estimate = unname(coef(r))[1], se = unname(SE(r))[1])
  if (!is.null(attr(r, "deff"))) out$deff <- unname(attr(r, "deff"))[1]
  out
}
ciprop <- function(formula, design, method) {
  p <- svyciprop(formula, design, method = method)
  ci <- attr(p, "ci")
  list(estimate = unname(as.vector(p)), se = unname(sqrt(attr(p, "var")))[1],
       df = degf(design), ciLow = unname(ci[1]), ciHigh = unname(ci[2]))
}
chisq <- function(formula, design) {
  t <- svychisq(formula, design)
  pearson <- suppressWarnings(chisq.test(svytable(formula, design,
                                                  Ntotal = nrow(design$variables)), correct = FALSE))
  list(pearson = unname(pearson$statistic), f = unname(t$statistic),
       ndf = unname(t$parameter["ndf"]), ddf = unname(t$parameter["ddf"]),
       pValue = unname(t$p.value))
}
domains <- function(by_result, value) {
  out <- list()
  for (i in seq_len(nrow(by_result))) {
    key <- as.character(by_result[i, 1])
    out[[key]] <- list(estimate = by_result[i, value], se = SE(by_result)[i])
    deff <- intersect(c("DEff", paste0("DEff.", value)), names(by_result))
    if (length(deff)) out[[key]]$deff <- by_result[i, deff[1]]
  }
  out
}
difference <- function(formula, group, design) {
  t <- svyttest(as.formula(paste(formula, "~", group)), design)
  list(difference = unname(t$estimate), t = unname(t$statistic), df = unname(t$parameter),
       pValue = unname(t$p.value), ciLow = unname(t$conf.int[1]), ciHigh = unname(t$conf.int[2]))
}

## ---------------------------------------------------------------- data: R's api samples
data(api)
write.csv(apistrat[, c("snum", "dnum", "stype", "api00", "api99", "enroll", "meals",
                       "sch.wide", "awards", "comp.imp", "pw", "fpc")],
          "data/apistrat.csv", row.names = FALSE)
write.csv(apiclus1[, c("snum", "dnum", "stype", "api00", "api99", "enroll", "meals",
                       "sch.wide", "awards", "comp.imp", "pw", "fpc")],
          "data/apiclus1.csv", row.names = FALSE)

## ---------------------------------------------------------------- data: a synthetic opinion survey
# Five provinces (strata); communes (PSUs) drawn in each; respondents interviewed in each
# sampled commune. Weight = (communes / sampled communes) x (adults / respondents).
set.seed(20251129)
provinces <- data.frame(
  province = c("Hà Nội", "Tuyên Quang", "Nghệ An", "Đà Nẵng", "Cần Thơ"),
  code = c("HN", "TQ", "NA", "DN", "CT"),
  communes = c(126, 124, 130, 94, 103),
  sampled = c(8, 6, 6, 5, 5),
  attitude = c(0.2, -0.3, 0.0, 0.4, -0.1))
months <- sprintf("2025-%02d", 7:12)
concerns <- c("gia_ca", "dat_dai", "y_te", "giao_duc", "moi_truong")
rows <- list()
for (p in seq_len(nrow(provinces))) {
  for (k in seq_len(provinces$sampled[p])) {
    commune <- sprintf("%s%02d", provinces$code[p], k)
    adults <- round(runif(1, 6000, 30000))
    m <- sample(10:18, 1)
    effect <- rnorm(1, 0, 0.5)
    surveyors <- sprintf("DTV-%s%02d-%d", provinces$code[p], k, 1:2)
    for (r in seq_len(m)) {
      month <- sample(seq_along(months), 1)
      sex <- sample(c("Nam", "Nữ"), 1)
      age <- sample(c("18-34", "35-54", "55+"), 1, prob = c(0.38, 0.40, 0.22))
      latent <- provinces$attitude[p] + effect + 0.12 * (month - 3.5) +
        (sex == "Nữ") * 0.25 + rnorm(1)
      likert <- as.integer(cut(latent, c(-Inf, -1.2, -0.4, 0.4, 1.2, Inf)))
      cw <- exp(c(0.5 + 0.2 * p %% 2, 0.2 + effect, 0, -0.2 + 0.3 * (sex == "Nữ"), -0.5))
      trust <- 3 + 0.8 * latent + rnorm(5, 0, 0.9)
      rows[[length(rows) + 1]] <- data.frame(
        province = provinces$province[p], commune = commune,
        communes = provinces$communes[p],
        weight = provinces$communes[p] / provinces$sampled[p] * adults / m,
        surveyor = surveyors[1 + (r %% 2)], month = months[month], sex = sex,
        age_group = age, likert = likert,
        concern = sample(concerns, 1, prob = cw),
        src_tv = rbinom(1, 1, 0.6), src_bao = rbinom(1, 1, 0.3),
        src_mxh = rbinom(1, 1, plogis(1 - 0.04 * (age != "18-34") * 30)),
        src_hop = rbinom(1, 1, 0.25),
        income = if (runif(1) < 0.06) NA else round(exp(rnorm(1, 2.2 + 0.1 * p, 0.5)), 1),
        trust1 = 0L, trust2 = 0L, trust3 = 0L, trust4 = 0L, trust5 = 0L,
        duration = round(exp(rnorm(1, log(900), 0.3))))
      rows[[length(rows)]][, paste0("trust", 1:5)] <- as.list(pmin(5L, pmax(1L, round(trust))))
    }
  }
}
opinion <- do.call(rbind, rows)
opinion$id <- sprintf("R%04d", seq_len(nrow(opinion)))
# A surveyor whose respondents "all" worry about land, some speeders, straight-liners and
# near-copies: what the quality detectors must find.
deviant <- opinion$surveyor == "DTV-NA02-1"
opinion$concern[deviant] <- ifelse(runif(sum(deviant)) < 0.85, "dat_dai", opinion$concern[deviant])
speeders <- c(17, 123, 301)
opinion$duration[speeders] <- c(150, 210, 95)
straight <- c(40, 41, 220)
opinion[straight, paste0("trust", 1:5)] <- 3L
opinion[c(77, 78, 79), c("likert", "concern", "src_tv", "src_bao", "src_mxh", "src_hop",
                         paste0("trust", 1:5))] <-
  opinion[c(76, 76, 76), c("likert", "concern", "src_tv", "src_bao", "src_mxh", "src_hop",
                           paste0("trust", 1:5))]
opinion$trust5[79] <- 6L - opinion$trust5[79]
opinion <- opinion[, c("id", setdiff(names(opinion), "id"))]
write.csv(opinion, "data/opinion.csv", row.names = FALSE, fileEncoding = "UTF-8")

# Population margins and cells for calibration, summing to the design's estimated adults.
total <- round(sum(opinion$weight))
sex_share <- c(Nam = 0.49, "Nữ" = 0.51)
age_share <- c("18-34" = 0.36, "35-54" = 0.39, "55+" = 0.25)
cells <- expand.grid(sex = names(sex_share), age_group = names(age_share), stringsAsFactors = FALSE)
cells$population <- round(total * sex_share[cells$sex] * age_share[cells$age_group])
margins <- rbind(
  data.frame(margin = "sex", category = names(sex_share), population = round(total * sex_share)),
  data.frame(margin = "age_group", category = names(age_share), population = round(total * age_share)))
margins$population[margins$margin == "age_group"][3] <- total - sum(margins$population[margins$margin == "age_group"][1:2])
margins$population[margins$margin == "sex"][2] <- total - margins$population[margins$margin == "sex"][1]
write.csv(cells, "data/opinion_cells.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(margins, "data/opinion_margins.csv", row.names = FALSE, fileEncoding = "UTF-8")

# Weekly counts of reported opinions per topic and direction (early warning).
weeks <- as.Date("2025-09-01") + 7 * (0:11)
reports <- expand.grid(week = weeks, topic = c("gia_ca", "dat_dai", "sap_nhap"),
                       direction = c("dong_tinh", "phan_doi", "ban_khoan"), stringsAsFactors = FALSE)
base <- c(gia_ca = 9, dat_dai = 4, sap_nhap = 6)[reports$topic] *
  c(dong_tinh = 1, phan_doi = 0.8, ban_khoan = 0.6)[reports$direction]
reports$count <- rpois(nrow(reports), base)
spike <- reports$topic == "dat_dai" & reports$direction == "phan_doi" & reports$week == max(weeks)
reports$count[spike] <- 14
reports$week <- format(reports$week)
write.csv(reports, "data/opinion_reports.csv", row.names = FALSE)

## ---------------------------------------------------------------- read back what Java reads
apistrat <- read_data("apistrat")
apiclus1 <- read_data("apiclus1")
opinion <- read_data("opinion")
cells <- read_data("opinion_cells")
margins <- read_data("opinion_margins")
reports <- read_data("opinion_reports")

## ---------------------------------------------------------------- apistrat: stratified, fpc
dstrat <- svydesign(id = ~1, strata = ~stype, fpc = ~fpc, data = apistrat)
dstrat_nofpc <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat)
df_strat <- degf(dstrat)
awards_by <- svyby(~api00, ~awards, dstrat, svymean, deff = TRUE, covmat = TRUE)
save_json(list(
  degf = df_strat,
  mean_api00 = stat(svymean(~api00, dstrat, deff = TRUE), df_strat),
  mean_api00_replace = stat(svymean(~api00, dstrat, deff = "replace")),
  mean_api00_nofpc = stat(svymean(~api00, dstrat_nofpc, deff = TRUE), degf(dstrat_nofpc)),
  total_enroll = stat(svytotal(~enroll, dstrat, deff = TRUE), df_strat),
  ratio_api00_api99 = ratio(svyratio(~api00, ~api99, dstrat, deff = TRUE)),
  sch_wide = stats(svymean(~sch.wide, dstrat, deff = TRUE), "sch.wide"),
  sch_wide_yes_logit = ciprop(~I(sch.wide == "Yes"), dstrat, "logit"),
  sch_wide_yes_beta = ciprop(~I(sch.wide == "Yes"), dstrat, "beta"),
  mean_api00_by_awards = domains(awards_by, "api00"),
  difference_api00_awards = c(
    list(se = unname(as.vector(SE(svycontrast(awards_by, c(-1, 1)))))),
    difference("api00", "awards", dstrat)),
  chisq_sch_wide_awards = chisq(~sch.wide + awards, dstrat)
), "apistrat")

## ---------------------------------------------------------------- apiclus1: one-stage cluster
dclus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
dclus1_nofpc <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1)
df_clus <- degf(dclus1)
stype_yes <- svyby(~I(sch.wide == "Yes"), ~stype, dclus1, svyciprop, vartype = c("se", "ci"),
                   method = "logit")
pop_types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop_schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
dclus1p <- postStratify(dclus1, ~stype, pop_types)
dclus1r <- rake(dclus1, list(~stype, ~sch.wide), list(pop_types, pop_schwide))
dclus1r_tight <- rake(dclus1, list(~stype, ~sch.wide), list(pop_types, pop_schwide),
                      control = list(maxit = 100, epsilon = 1e-9))
trimmed <- trimWeights(dclus1r, upper = 40, lower = 25)
save_json(list(
  degf = df_clus,
  mean_api00 = stat(svymean(~api00, dclus1, deff = TRUE), df_clus),
  mean_api00_nofpc = stat(svymean(~api00, dclus1_nofpc, deff = TRUE), degf(dclus1_nofpc)),
  total_enroll = stat(svytotal(~enroll, dclus1, deff = TRUE), df_clus),
  ratio_api00_api99 = ratio(svyratio(~api00, ~api99, dclus1, deff = TRUE)),
  mean_api00_by_stype = domains(svyby(~api00, ~stype, dclus1, svymean, deff = TRUE), "api00"),
  total_enroll_by_stype = domains(svyby(~enroll, ~stype, dclus1, svytotal), "enroll"),
  sch_wide_yes_by_stype = lapply(split(stype_yes, stype_yes$stype), function(r)
    list(estimate = r[[2]], se = r[[3]], ciLow = r[[4]], ciHigh = r[[5]])),
  sch_wide_yes_logit = ciprop(~I(sch.wide == "Yes"), dclus1, "logit"),
  sch_wide_yes_beta = ciprop(~I(sch.wide == "Yes"), dclus1, "beta"),
  chisq_sch_wide_stype = chisq(~sch.wide + stype, dclus1),
  poststratified = list(
    weights = unname(weights(dclus1p)),
    mean_api00 = stat(svymean(~api00, dclus1p, deff = TRUE)),
    total_enroll = stat(svytotal(~enroll, dclus1p)),
    mean_api00_by_sch_wide = domains(svyby(~api00, ~sch.wide, dclus1p, svymean), "api00"),
    chisq_sch_wide_stype = chisq(~sch.wide + stype, dclus1p)),
  raked = list(
    weights = unname(weights(dclus1r)),
    diagnostics = with(list(w = weights(dclus1r)), list(
      min = min(w), max = max(w), mean = mean(w), sum = sum(w),
      effectiveSize = sum(w)^2 / sum(w^2), designEffect = length(w) * sum(w^2) / sum(w)^2)),
    mean_api00 = stat(svymean(~api00, dclus1r, deff = TRUE)),
    total_enroll = stat(svytotal(~enroll, dclus1r)),
    sch_wide = stats(svymean(~sch.wide, dclus1r), "sch.wide"),
    mean_api00_by_stype = domains(svyby(~api00, ~stype, dclus1r, svymean), "api00"),
    ratio_api00_api99 = ratio(svyratio(~api00, ~api99, dclus1r))),
  raked_tight = list(
    weights = unname(weights(dclus1r_tight)),
    mean_api00 = stat(svymean(~api00, dclus1r_tight))),
  trimmed = list(
    weights = unname(weights(trimmed)),
    mean_api00 = stat(svymean(~api00, trimmed)))
), "apiclus1")

## ---------------------------------------------------------------- the opinion survey
opinion$top2 <- as.numeric(opinion$likert >= 4)
opinion$net <- (opinion$likert >= 4) - (opinion$likert <= 2)
dop <- svydesign(id = ~commune, strata = ~province, fpc = ~communes, weights = ~weight,
                 data = opinion)
df_op <- degf(dop)
pop_sex <- setNames(margins[margins$margin == "sex", c("category", "population")], c("sex", "Freq"))
pop_age <- setNames(margins[margins$margin == "age_group", c("category", "population")], c("age_group", "Freq"))
pop_cells <- setNames(cells, c("sex", "age_group", "Freq"))
dop_raked <- rake(dop, list(~sex, ~age_group), list(pop_sex, pop_age))
dop_post <- postStratify(dop, ~sex + age_group, pop_cells)
by_month <- svyby(~likert, ~month, dop, svymean, covmat = TRUE)
month_levels <- as.character(by_month$month)
changes <- list()
for (i in 2:length(month_levels)) {
  contrast <- setNames(rep(0, length(month_levels)), month_levels)
  contrast[i - 1] <- -1
  contrast[i] <- 1
  ch <- svycontrast(by_month, contrast)
  changes[[month_levels[i]]] <- list(from = month_levels[i - 1], difference = unname(coef(ch)),
                                     se = unname(as.vector(SE(ch))))
}
trend_fit <- glm(est ~ time, weights = 1 / se^2,
                 data = data.frame(est = coef(by_month), se = SE(by_month),
                                   time = seq_along(month_levels) - 1))
trend_coef <- summary(trend_fit, dispersion = 1)$coefficients
battery <- as.matrix(opinion[, paste0("trust", 1:5)])
k <- ncol(battery)
alpha <- k / (k - 1) * (1 - sum(apply(battery, 2, var)) / var(rowSums(battery)))
top2_sex <- svyby(~top2, ~sex, dop, svymean, covmat = TRUE)
single <- subset(dop, province == "Hà Nội")
dsrs <- svydesign(id = ~1, fpc = ~rep(5000, nrow(opinion)), data = opinion)
save_json(list(
  degf = df_op,
  likert_mean = stat(svymean(~likert, dop, deff = TRUE), df_op),
  top2_logit = ciprop(~I(likert >= 4), dop, "logit"),
  top2_beta = ciprop(~I(likert >= 4), dop, "beta"),
  net_score = stat(svymean(~net, dop, deff = TRUE), df_op),
  income_mean = stat(svymean(~income, dop, na.rm = TRUE, deff = TRUE)),
  concern = stats(svymean(~concern, dop, deff = TRUE), "concern"),
  concern_by_province = lapply(split(opinion$province, opinion$province)[unique(opinion$province)], function(p) {
    stats(svymean(~concern, subset(dop, province == p[1]), deff = TRUE), "concern")
  }),
  sources = stats(svymean(~src_tv + src_bao + src_mxh + src_hop, dop, deff = TRUE), ""),
  chisq_concern_sex = chisq(~concern + sex, dop),
  chisq_concern_age_raked = chisq(~concern + age_group, dop_raked),
  raked = list(
    weights = unname(weights(dop_raked)),
    likert_mean = stat(svymean(~likert, dop_raked, deff = TRUE)),
    likert_by_province = domains(svyby(~likert, ~province, dop_raked, svymean), "likert")),
  poststratified = list(
    weights = unname(weights(dop_post)),
    likert_mean = stat(svymean(~likert, dop_post, deff = TRUE)),
    top2_by_sex = domains(svyby(~top2, ~sex, dop_post, svymean), "top2")),
  likert_by_month = domains(by_month, "likert"),
  likert_month_changes = changes,
  likert_trend = list(slope = trend_coef["time", 1], se = trend_coef["time", 2],
                      pValue = trend_coef["time", 4]),
  likert_difference_sex = c(list(se = unname(as.vector(SE(svycontrast(svyby(~likert, ~sex, dop, svymean,
                                                                    covmat = TRUE), c(-1, 1)))))),
                            difference("likert", "sex", dop)),
  top2_difference_sex = c(list(se = unname(as.vector(SE(svycontrast(top2_sex, c(-1, 1)))))),
                          difference("top2", "sex", dop)),
  cronbach_alpha = alpha,
  srs_fpc = stat(svymean(~likert, dsrs, deff = TRUE), degf(dsrs)),
  lonely = {
    lonely_design <- svydesign(id = ~commune, strata = ~province, weights = ~weight,
                               data = subset(opinion, commune %in% c("HN01", "TQ01", "TQ02", "NA01", "NA02")))
    sapply(c("certainty", "adjust", "average"), function(option) {
      old <- options(survey.lonely.psu = option)
      on.exit(options(old))
      unname(as.vector(SE(svymean(~likert, lonely_design))))
    }, simplify = FALSE)
  }
), "opinion")

## ---------------------------------------------------------------- surveyors against their peers
# Each surveyor's answers to "concern" against the other surveyors of the same province:
# Pearson chi-square of the 2 x K table, Benjamini-Hochberg over all surveyors.
tests <- do.call(rbind, lapply(unique(opinion$surveyor), function(s) {
  p <- opinion$province[opinion$surveyor == s][1]
  peers <- opinion[opinion$province == p, ]
  tab <- table(factor(peers$surveyor == s, c(TRUE, FALSE)), peers$concern)
  tab <- tab[, colSums(tab) > 0, drop = FALSE]
  t <- suppressWarnings(chisq.test(tab, correct = FALSE))
  data.frame(surveyor = s, chisq = unname(t$statistic), df = unname(t$parameter), pValue = t$p.value)
}))
tests$adjusted <- p.adjust(tests$pValue, method = "BH")
save_json(split(tests[, -1], tests$surveyor), "surveyors")

## ---------------------------------------------------------------- early warning tails
latest <- max(reports$week)
warning_tails <- list()
for (key in unique(paste(reports$topic, reports$direction))) {
  series <- reports[paste(reports$topic, reports$direction) == key, ]
  series <- series[order(series$week), ]
  n <- nrow(series)
  baseline <- series$count[(n - 8):(n - 1)]
  m <- mean(baseline)
  v <- var(baseline)
  x <- series$count[n]
  tail <- list(count = x, baselineMean = m, baselineVariance = v,
               poisson = ppois(x - 1, m, lower.tail = FALSE))
  if (v > m) tail$negativeBinomial <- pnbinom(x - 1, size = m^2 / (v - m), mu = m, lower.tail = FALSE)
  warning_tails[[key]] <- tail
}
save_json(warning_tails, "reports")
## ---------------------------------------------------------------- the estimates API (analytics)
# The opinion survey read as Pulse reads a stratified sampling plan: respondents stratified by
# province, each stratum a simple random sample of its adults (N_h below), weights N_h/n_h.
# AnalyticsEstimatesApiIT submits every row through the submissions API and compares
# GET /api/v1/surveys/{id}/estimates with these values.
api_population <- c("Hà Nội" = 6400000, "Tuyên Quang" = 1300000, "Nghệ An" = 2500000,
                    "Đà Nẵng" = 2200000, "Cần Thơ" = 3100000)
opinion$N_h <- unname(api_population[opinion$province])
dapi <- svydesign(id = ~1, strata = ~province, fpc = ~N_h, data = opinion)
any_source <- with(opinion, src_tv + src_bao + src_mxh + src_hop > 0)
save_json(list(
  population = as.list(api_population),
  likert = stat(svymean(~likert, dapi, deff = TRUE), degf(dapi)),
  concern = stats(svymean(~concern, dapi, deff = TRUE), "concern"),
  concern_by_province = lapply(setNames(nm = names(api_population)), function(p)
    stats(svymean(~concern, subset(dapi, province == p)), "concern")),
  likert_by_month = domains(svyby(~likert, ~month, dapi, svymean), "likert"),
  likert_by_sex = domains(svyby(~likert, ~sex, dapi, svymean), "likert"),
  # a multiple-choice question: shares among those who ticked at least one source
  sources = stats(svymean(~src_tv + src_bao + src_mxh + src_hop, subset(dapi, any_source)), "")
), "estimates_api")
cat("reference values written to reference/\n")
