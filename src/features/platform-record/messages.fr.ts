import type { PlatformRecordMessageKey } from './messages.ts'

/** French for ./messages.ts, in its own file so that only agents working in French download it. */
export const platformRecordMessagesFr = {
  heading: 'Ce que les analyses conservent',
  intro:
    'Les analyses ne conservent pas les attributs définis après la fin d’une conversation : les rapports et exports fondés sur les analyses affichent les valeurs conservées.',
  introActive:
    'Cette conversation est encore active : les analyses conserveront les valeurs qu’elle aura à sa fin.',
  compare: 'Comparer avec les analyses',
  loading: 'Interrogation des analyses…',
  tableLabel: 'Valeurs conservées par les analyses et valeurs en direct de {participant}',
  colName: 'Nom',
  colLive: 'Valeur en direct',
  colKept: 'Conservée par les analyses',
  colStatus: 'État',
  status_kept: 'conservé par les analyses',
  'status_live-only': 'en direct uniquement',
  'status_kept-only': 'conservé par les analyses uniquement',
  absent: '(non défini)',
  nothing: 'Les analyses n’ont aucun attribut pour ce participant.',
  forbidden:
    'Genesys Cloud a refusé la requête aux analyses : votre rôle n’a pas l’autorisation {permission}. Demandez à votre administrateur Genesys Cloud de l’ajouter.',
  failed: 'Impossible d’interroger les analyses : {message}',
} satisfies Record<PlatformRecordMessageKey, string>
