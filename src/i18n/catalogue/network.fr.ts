import type { enNetwork } from './network.en.js';
import type { Matching } from './types.js';

/** network.en.ts in French, written like fr.ts: plain spaces and apostrophes; typography.ts does the rest. */
const french = {
  'weigh.recommendationReceived': { one: 'Recommandation reçue de sa part', other: '{count} recommandations reçues de sa part' },
  'weigh.recommendationGiven': { one: 'Recommandation écrite par vous', other: '{count} recommandations écrites par vous' },
  'weigh.twoWay': {
    one: '{count} message dans les deux sens ({sent} de vous, {received} de sa part), le dernier le {date}',
    other: '{count} messages dans les deux sens ({sent} de vous, {received} de sa part), le dernier le {date}',
  },
  'weigh.neverTogether': 'Messages en tête-à-tête : {sent} de vous et {received} de sa part, mais jamais dans la même conversation',
  'weigh.youWrote': { one: '{count} message envoyé en tête-à-tête ; jamais de réponse', other: '{count} messages envoyés en tête-à-tête ; jamais de réponse' },
  'weigh.theyWrote': {
    one: '{count} message reçu en tête-à-tête ; vous n’avez jamais répondu',
    other: '{count} messages reçus en tête-à-tête ; vous n’avez jamais répondu',
  },
  'weigh.endorsedYou': { one: 'Une de vos compétences confirmée par cette personne', other: '{count} de vos compétences confirmées par cette personne' },
  'weigh.youEndorsed': { one: 'Une de ses compétences confirmée par vous', other: '{count} de ses compétences confirmées par vous' },
  'weigh.bookWorkEmail': 'Dans votre carnet d’adresses (Contacts.csv), avec une adresse e-mail professionnelle',
  'weigh.bookCompany': 'Dans votre carnet d’adresses (Contacts.csv), avec son entreprise ({companies})',
  'weigh.bookPersonalEmail': 'Dans votre carnet d’adresses (Contacts.csv) avec seulement une adresse e-mail personnelle : pas un indice professionnel',
  'weigh.bookPhone': 'Dans votre carnet d’adresses (Contacts.csv) avec seulement un nom et un numéro de téléphone : pas un indice professionnel',
  'weigh.employerInFile': '{file} donne comme entreprise {company} ; vous avez travaillé chez {employer} (Positions.csv)',
  'weigh.employerInGroup': 'Votre conversation de groupe « {title} » porte le nom de {employer}, où vous avez travaillé (Positions.csv)',
  'weigh.groupBoth': {
    one: 'Vous avez écrit tous les deux dans {count} conversation de groupe{titles}',
    other: 'Vous avez écrit tous les deux dans {count} conversations de groupe{titles}',
  },
  'weigh.groupQuiet': {
    one: 'Dans {count} conversation de groupe avec vous où un seul de vous deux a écrit{titles}',
    other: 'Dans {count} conversations de groupe avec vous où un seul de vous deux a écrit{titles}',
  },
  'weigh.titles': ' ({titles})',
  'weigh.title': '« {title} »',
  'weigh.youInvitedNote': 'Invitation envoyée par vous le {date} (avec un message) ; pas encore en relation',
  'weigh.youInvitedNoNote': 'Invitation envoyée par vous le {date} (sans message) ; pas encore en relation',
  'weigh.theyInvitedNote': 'Invitation reçue le {date} (avec un message) ; pas encore en relation',
  'weigh.theyInvitedNoNote': 'Invitation reçue le {date} (sans message) ; pas encore en relation',
  'weigh.unknownDate': 'une date inconnue',
  'suggest.title': {
    one: 'Personnes que vous connaissez hors de vos {connections} relations ({path}) : {count}',
    other: 'Personnes que vous connaissez hors de vos {connections} relations ({path}) : {count}',
  },
  'suggest.tier.strong': 'Indices forts ({count})',
  'suggest.tier.good': 'Bons indices ({count})',
  'suggest.tier.some': 'Quelques indices ({count})',
  'suggest.noUrl': 'pas d’URL de profil dans l’export',
  'suggest.noName': '(sans nom)',
  'suggest.nobody': 'Personne : tous ceux que vous connaissez d’après l’export sont déjà vos relations.',
  'suggest.leftOut': 'Écartés : {reasons}.',
  'suggest.leftOutSeparator': ' ; ',
  'suggest.notProfessional': {
    one: '{count} personne connue seulement par le carnet d’adresses de votre téléphone (un numéro ou un e-mail personnel, rien de professionnel)',
    other: '{count} personnes connues seulement par le carnet d’adresses de votre téléphone (un numéro ou un e-mail personnel, rien de professionnel)',
  },
  'suggest.singleName': {
    one: '{count} entrée du carnet d’adresses avec un seul nom et sans e-mail',
    other: '{count} entrées du carnet d’adresses avec un seul nom et sans e-mail',
  },
  'suggest.ambiguous': {
    one: '{count} trace dont le nom correspond à plusieurs de vos relations',
    other: '{count} traces dont le nom correspond à plusieurs de vos relations',
  },
  'suggest.onlyProfessional1':
    'Seuls les indices professionnels comptent : conversations, recommandations, compétences confirmées, employeur commun, et entrées',
  'suggest.onlyProfessional2':
    'du carnet d’adresses avec un e-mail professionnel ou une entreprise. Positions.csv ne liste que vos propres employeurs : un collègue',
  'suggest.onlyProfessional3': 'n’apparaît que si un autre fichier donne son entreprise, ou si une conversation de groupe porte le nom d’un employeur.',
  'diff.counts': {
    one: '{older} → {newer} relations (ajouts : {added}, retraits : {removed}, dans les deux : {inBoth}) ; changements de classement : {count}',
    other: '{older} → {newer} relations (ajouts : {added}, retraits : {removed}, dans les deux : {inBoth}) ; changements de classement : {count}',
  },
  'diff.judged': 'Les deux exports classés par {classifier} au {date} : un nouveau classement vient des exports, pas du calendrier.',
  'diff.exportDate': '{path} : {date}',
  'diff.matchedByName': {
    one: '{count} retrouvée par son nom, comme le permet un export sans URL de profil.',
    other: '{count} retrouvées par leur nom, comme le permet un export sans URL de profil.',
  },
  'diff.noName': '(sans nom)',
  'diff.role': '{position} chez {company}',
  'diff.added': 'Ajoutées ({count})',
  'diff.removed': 'Retirées ({count})',
  'diff.youMarked.keep': 'votre décision : garder',
  'diff.youMarked.remove': 'votre décision : retirer',
  'diff.youMarked.skip': 'votre décision : passer',
  'diff.changed': 'Classement changé ({count})',
  'diff.was': 'avant :',
  'diff.now': 'après :',
  'diff.why': 'pourquoi :',
  'diff.decisions': 'Vos décisions ({path})',
  'diff.marked': {
    one: '{count} à retirer : {done} plus en relation, {pending} encore en relation',
    other: '{count} à retirer : {done} plus en relation, {pending} encore en relation',
  },
  'diff.markedUnclear': {
    one: '{count} à retirer : {done} plus en relation, {pending} encore en relation, {unclear} sans certitude',
    other: '{count} à retirer : {done} plus en relation, {pending} encore en relation, {unclear} sans certitude',
  },
  'diff.stillConnected': {
    one: 'Encore en relation : retirez cette personne sur LinkedIn ({count})',
    other: 'Encore en relation : retirez ces personnes sur LinkedIn ({count})',
  },
  'diff.noUrl': 'pas d’URL de profil',
  'diff.noUrlByName': 'pas d’URL de profil, retrouvée par son nom',
  'diff.done': 'Terminé : plus personne de celles que vous vouliez retirer n’est en relation.',
  'diff.unclear': 'Incertaines : enregistrées par nom, et la personne de ce nom ici est peut-être quelqu’un d’autre ({count})',
  'diff.notApplied': 'Non appliquées : vérifiez-les vous-même sur LinkedIn.',
  'diff.urlChanged': '(toujours en relation : l’URL du profil a changé)',
  'diff.unchecked': {
    one: 'Impossible de vérifier {count} personne ({names}) : des lignes du Connections.csv le plus récent ont été écartées, et elle peut en faire partie ; pas comptée comme partie',
    other:
      'Impossible de vérifier {count} personnes ({names}) : des lignes du Connections.csv le plus récent ont été écartées, et elles peuvent en faire partie ; pas comptées comme parties',
  },
  'diff.keptButGone': 'À garder, mais plus en relation : {names}',
  'diff.swapped':
    '{older} date du {olderDate}, après {newer} ({newerDate}) : l’export le plus ancien vient en premier, sinon les personnes retirées depuis passent pour ajoutées. Vouliez-vous dire : netprune diff {newer} {older}',
  'diff.pending': {
    one: '{count} personne à retirer est encore en relation (--fail-on-pending)',
    other: '{count} personnes à retirer sont encore en relation (--fail-on-pending)',
  },
  'diff.lost.invitation': 'L’invitation du {date} n’est plus dans Invitations.csv, qui ne garde que les derniers mois (le plus récent commence le {from})',
  'diff.lost.invitationNone': 'L’invitation du {date} n’est plus dans Invitations.csv, qui ne garde que les derniers mois (le plus récent n’en a aucune)',
  'diff.lost.addressBook': 'N’est plus dans votre carnet d’adresses (Contacts.csv)',
  'diff.lost.messages':
    'Moins de messages en tête-à-tête dans messages.csv ({before} → {after}) : une conversation a été supprimée ou archivée hors de l’export',
  'diff.lost.endorsements': 'Moins de compétences confirmées ({before} → {after})',
  'diff.lost.recommendations': 'Moins de recommandations ({before} → {after})',
  'diff.unknownDate': 'une date inconnue',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frNetwork: typeof french = french satisfies Matching<typeof enNetwork, typeof french>;
