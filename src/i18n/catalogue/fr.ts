import type { en } from './en.js';
import type { Matching } from './types.js';

/**
 * Every sentence of en.ts, in French. Written with plain spaces and apostrophes: typography.ts puts
 * the narrow no-break spaces before ; : ! ? and inside « », and the right apostrophe, when the
 * catalogue is loaded. Addressed as `vous`. LinkedIn's own French words: relation, invitation,
 * recommandation, compétence.
 */
const french = {
  'help.program': 'Faire le tri dans un réseau LinkedIn à partir de son export de données : gardez les personnes avec qui vous prendriez un café.',
  'help.examples': 'Exemples :',
  'help.exitCodes':
    "Codes de sortie : {ok} terminé, {threshold} un seuil --max-* dépassé, {input} erreur d'utilisation ou d'entrée, {internal} erreur interne (merci de la signaler), {interrupted} interrompu.",
  'help.offline': 'netprune fonctionne hors ligne : il ne se connecte jamais à LinkedIn ni ailleurs.',
  'help.usage': 'Utilisation :',
  'help.arguments': 'Arguments :',
  'help.options': 'Options :',
  'help.commands': 'Commandes :',
  'help.globalOptions': 'Options globales :',
  'help.version': 'afficher le numéro de version',
  'help.help': "afficher l'aide de la commande",
  'help.afterError': "(lancez netprune --help pour l'aide)",
  'help.lang': "langue de ce qu'écrit netprune (par défaut : d'après LC_ALL, LC_MESSAGES ou LANG)",
  'help.audit': 'classer chaque relation en connu, lien faible ou inconnu, et dire pourquoi',
  'help.explain': 'montrer le classement, chaque raison et les indices bruts pour une relation',
  'help.review': "passer en revue les inconnus, puis les liens faibles, une fiche à la fois : garder, retirer ou passer d'une seule touche",
  'help.decide': 'enregistrer garder, retirer ou passer pour les personnes listées dans des fichiers, une par ligne, sans terminal',
  'help.predict': 'apprendre vos goûts de vos décisions déjà prises, et prédire garder ou retirer pour toutes les personnes restantes',
  'help.pruneList': 'transformer les décisions de la revue en liste à traiter : URL de profils, CSV, liste à cocher Markdown ou page HTML',
  'help.pruneListPath': "l'export LinkedIn sur lequel agir (le plus récent) : seules les personnes encore en relation y figurent",
  'help.invitations':
    "lister les invitations récentes avec ce que netprune sait de chaque personne, et une réponse à coller pour celles d'inconnus sans message",
  'help.suggest': "les personnes que vous connaissez d'après l'export sans être en relation avec elles : qui inviter, les indices les plus forts d'abord",
  'help.diff': 'comparer deux exports : relations ajoutées et retirées, classements qui ont changé, retraits encore à faire',
  'help.older': "l'export le plus ancien",
  'help.newer': "l'export le plus récent",
  'help.schema': "afficher le JSON Schema d'une sortie JSON : celui du rapport d'audit, sauf si un autre est nommé",
  'help.schemaName': 'quel schéma',
  'help.rules': 'lister les jeux de règles intégrés',
  'help.rulesCheck': 'valider un fichier de règles',
  'help.ruleFile': 'un fichier JSON de jeu de règles',
  'help.path': "l'export LinkedIn : le zip, le dossier décompressé, ou Connections.csv",
  'help.pathShort': "l'export LinkedIn",
  'help.who': "un nom (ou une partie), le nom et l'entreprise (« Eva Petit, Contoso »), ou une URL de profil",

  'label.known': 'connu',
  'label.weak-tie': 'lien faible',
  'label.stranger': 'inconnu',
  'language.en': 'anglais',
  'language.fr': 'français',

  'source.zip': 'zip',
  'source.folder': 'dossier',
  'source.file': 'fichier',
  'read.title': 'Lu : {path} ({type})',
  'read.owner': 'Titulaire : {owner}',
  'read.ownerWithUrl': '{name} ({url}), {how}',
  'read.ownerNoUrl': '{name}, {how}',
  'read.ownerUnknownName': 'inconnu',
  'owner.flag': 'indiqué par --me',
  'owner.profileAndMessages': "d'après Profile.csv et messages.csv",
  'owner.profile': "d'après Profile.csv seulement : les messages ne disent pas qui a écrit (indiquez --me <URL de votre profil>)",
  'owner.messages': 'la personne présente dans le plus de conversations (pas de Profile.csv)',
  'owner.unknown': 'introuvable : indiquez --me <URL de votre profil>',
  'read.rows': { one: 'ligne', other: 'lignes' },
  'read.skipped': { one: 'écartée : {why}', other: 'écartées : {why}' },
  'read.missing': 'Absents de cet export : {files}',
  'read.ignored': '{file} ignoré : {reason}',
  'skipped.hiddenMember': 'membre masqué',
  'skipped.unreadableDate': 'date illisible',
  'skipped.noCompany': 'sans entreprise',
  'skipped.emptySkill': 'compétence vide',
  'skipped.noSchool': 'sans établissement',
  'skipped.unknownDirection': 'sens inconnu',
  'skipped.emptyEntry': 'fiche vide',
  'skipped.unreadableRow': 'ligne illisible',
  'skipped.wrongFieldCount': 'mauvais nombre de champs',
  'skipped.nulBytes': 'ligne abîmée (octets NUL)',
  'skipped.draft': 'brouillon',
  'skipped.spamFolder': 'dossier spam',
  'skipped.hiddenAccount': 'LinkedIn Member (compte masqué)',
  'skipped.sponsored': 'message sponsorisé',
  'skipped.senderWithoutProfile': 'expéditeur sans profil',

  'exportDate.unknown': "Date de l'export inconnue : rien n'y est daté",
  'exportDate.orLater': 'Exporté le {date} ou après (la date de son enregistrement le plus récent)',
  'exportDate.fromName': "Exporté le {date} (d'après le nom de l'archive)",
  'exportDate.fromFileDates': "Exporté le {date} (d'après les dates des fichiers du zip)",
  'warning.stale':
    "Cet export date du {date}, il y a plus de trois mois : rien de ce qui s'est passé depuis n'y figure. Téléchargez-en un nouveau (Préférences → Confidentialité des données → Obtenir une copie de vos données).",
  'warning.staleNewestRecord':
    "L'enregistrement le plus récent de cet export date du {date}, il y a plus de trois mois : c'est sans doute un ancien export, et rien de ce qui s'est passé depuis n'y figure. Téléchargez-en un nouveau (Préférences → Confidentialité des données → Obtenir une copie de vos données).",
  'warning.noMessages': "Pas de messages.csv : toute personne sans autre indice a l'air d'un inconnu. Demandez l'export avec les messages.",
  'warning.invitationsRecent': "Invitations.csv ne couvre que les derniers mois avant l'export : les invitations plus anciennes sont inconnues.",
  'warning.ownerNotFound':
    'Le titulaire du compte est introuvable dans messages.csv, le sens des messages est donc inconnu : indiquez --me <URL de votre profil>.',
  'warning.noProfileUrl': {
    one: "{count} relation n'a pas d'URL de profil (exports d'avant mi-2023) : elle est retrouvée par son nom, ce qui est moins sûr.",
    other: "{count} relations n'ont pas d'URL de profil (exports d'avant mi-2023) : elles sont retrouvées par leur nom, ce qui est moins sûr.",
  },
  'warning.sameName': {
    one: "{count} relation porte le même nom qu'une autre, et l'export contient des traces qui vont aux deux : comptées pour aucune, et signalées dans ses raisons (same-name ; voir netprune explain).",
    other:
      "{count} relations portent le même nom qu'une autre, et l'export contient des traces qui vont aux deux : comptées pour aucune, et signalées dans leurs raisons (same-name ; voir netprune explain).",
  },

  'audit.title': {
    one: 'Réseau de {owner} : {count} relation',
    other: 'Réseau de {owner} : {count} relations',
    many: 'Réseau de {owner} : {count} de relations',
  },
  'audit.titleNoOwner': { one: 'Votre réseau : {count} relation', other: 'Votre réseau : {count} relations', many: 'Votre réseau : {count} de relations' },
  'audit.rules': '(règles : {name})',
  'audit.perYear': 'Relations par année',
  'audit.topCompanies': "Entreprises qui comptent le plus d'inconnus",
  'audit.oldestStrangers': 'Inconnus en relation depuis le plus longtemps',
  'audit.job': '{position} chez {company}',
  'audit.next': 'Ensuite : {command} pour les garder ou les retirer, une fiche à la fois.',
  'audit.reviewCommand': 'netprune review {path}',
  'threshold.strangers': {
    one: '{count} inconnu ({share} de {total}) dépasse {flag} {limit}',
    other: '{count} inconnus ({share} de {total}) dépassent {flag} {limit}',
  },
  'threshold.weakTies': {
    one: '{count} lien faible ({share} de {total}) dépasse {flag} {limit}',
    other: '{count} liens faibles ({share} de {total}) dépassent {flag} {limit}',
  },

  'invitations.title': 'Invitations dans {path} : {received}, {sent}',
  'invitations.titleSpan': 'Invitations dans {path} : {received}, {sent}, du {first} au {last}',
  'invitations.received': { one: '{count} reçue', other: '{count} reçues' },
  'invitations.sent': { one: '{count} envoyée', other: '{count} envoyées' },
  'invitations.coverage':
    "Invitations.csv ne garde que les mois récents (environ les 9 à 10 derniers) : les invitations plus anciennes ne sont pas dans l'export.",
  'invitations.incoming': 'Reçues ({count})',
  'invitations.outgoing': 'Envoyées ({count})',
  'invitations.note': 'message : « {note} »',
  'invitations.noNote': 'sans message',
  'invitations.noName': '(sans nom)',
  'invitations.connected': 'en relation · {label} : {reason}',
  'invitations.also': 'aussi :',
  'invitations.unclear': "plusieurs de vos relations s'appellent {name} : voir `netprune explain`",
  'invitations.waitingIncoming': 'pas en relation (en attente, ignorée ou refusée)',
  'invitations.waitingOutgoing': 'pas en relation (pas encore acceptée)',
  'invitations.notes': '{waiting} : {notes}',
  'invitations.notesSeparator': ' ; ',
  'invitations.noTrace': 'aucune trace dans les messages, Contacts.csv ni les recommandations',
  'invitations.butKnown': '{waiting}, {but} :',
  'invitations.butYouKnowThem': 'mais vous la connaissez',
  'invitations.replyToPaste': 'Réponse à coller :',
  'invitations.withheldNoDate': 'Pas de réponse proposée : sa date est inconnue.',
  'invitations.withheldOld': 'Pas de réponse proposée : elle a plus de trois mois.',
  'invitations.replies': {
    one: '{count} réponse à coller ci-dessus, pour les invitations sans message de personnes que vous ne connaissez pas ({how}).',
    other: '{count} réponses à coller ci-dessus, pour les invitations sans message de personnes que vous ne connaissez pas ({how}).',
  },
  'invitations.howTemplate': "d'après {file}",
  'invitations.howLanguage': 'en {language} ; --lang en|fr ou --template FICHIER pour en changer',
  'invitations.noReply': "Aucune réponse à écrire : chaque invitation sans message vient de quelqu'un que vous connaissez.",
  'invitations.withheld': {
    one: "{count} invitation sans message d'une personne que vous ne connaissez pas ne reçoit pas de réponse : elle a plus de trois mois, ou pas de date.",
    other:
      '{count} invitations sans message de personnes que vous ne connaissez pas ne reçoivent pas de réponse : elles ont plus de trois mois, ou pas de date.',
  },
  // Polite on purpose (`vous`): it goes to a stranger. "Se connecter avec" is an anglicism; one is "en relation".
  'reply.builtIn':
    "Bonjour {firstName}, merci pour votre invitation ! J'aime connaître les personnes avec qui je suis en relation : qu'est-ce qui vous amène ?",
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const fr: typeof french = french satisfies Matching<typeof en, typeof french>;
