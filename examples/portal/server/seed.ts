import type { AccountRepository } from './accounts'
import type { Db } from './db'

/**
 * Demo accounts, printed in the README. Migrated accounts keep the hash their old portal stored
 * (bcrypt, scrypt): it still verifies, but their first sign-in must go through the password update.
 */
export const seedAccounts = [
  {
    email: 'cecile.augrou@aidrolland.example',
    firstName: 'Cecile',
    lastName: 'AUGROU',
    organisation: 'aidrolland',
    migrated: true,
    password: 'Marseille13',
    legacyHash: '$2b$10$qkzSW5cN25sqzKSlnlZwKeQ9lfThgOf.LVeT8dx3BRKQLC4iWI2mi',
  },
  {
    email: 'karim.benali@fournil-du-port.example',
    firstName: 'Karim',
    lastName: 'BENALI',
    organisation: 'fournil',
    migrated: true,
    password: 'Bordeaux-33',
    // Werkzeug's scrypt format, as a Flask-era portal would have stored it.
    legacyHash:
      'scrypt:32768:8:1$kR7vQ2mLx9TbWp4Z$ca126d6bd1a1b6cb13a522e9d759c1d71ed240723dc1a4eb6170c623d55e4349703d4d79afc925a19302bd91abd62324f3da97c305bd9c4d0c78d90f03fb35fc',
  },
  {
    // Not migrated but still on bcrypt: the sign-in succeeds and upgrades the hash (needsRehash).
    email: 'paul.roux@atelier-roux.example',
    firstName: 'Paul',
    lastName: 'ROUX',
    organisation: 'atelier',
    migrated: false,
    password: 'Roux-Paul-42',
    legacyHash: '$2b$10$i0amL9KHhQZPddwyrEcfJetKPlOYr5X4/RvPkKnvvC7oMy0KpCyRi',
  },
  {
    email: 'jeanne.martin@atelier-roux.example',
    firstName: 'Jeanne',
    lastName: 'MARTIN',
    organisation: 'atelier',
    migrated: false,
    password: 'Portail-2026!',
    legacyHash: null,
  },
] as const

const organisations = {
  aidrolland: {
    name: 'AIDROLLAND',
    postcode: '13002',
    city: 'MARSEILLE',
    siret: '493 832 309 00111',
    multiSiret: 1,
    branch: '3127 - ENTREPRISES DE SERVICES À LA PERSONNE',
    headcount: 'plus de 50 salariés',
    archived: 14,
    inProgress: 5,
    draft: 3,
  },
  fournil: {
    name: 'FOURNIL DU PORT',
    postcode: '33300',
    city: 'BORDEAUX',
    siret: '812 455 901 00027',
    multiSiret: 0,
    branch: '0843 - BOULANGERIE-PÂTISSERIE ARTISANALES',
    headcount: 'de 11 à 49 salariés',
    archived: 4,
    inProgress: 1,
    draft: 1,
  },
  atelier: {
    name: 'ATELIER ROUX',
    postcode: '69003',
    city: 'LYON',
    siret: '530 118 742 00019',
    multiSiret: 0,
    branch: '1486 - BUREAUX D’ÉTUDES TECHNIQUES',
    headcount: 'moins de 11 salariés',
    archived: 2,
    inProgress: 2,
    draft: 0,
  },
} as const

/** Fills a new database with the demo organisations and accounts (once, even if two instances race). */
export async function seed(
  db: Db,
  accounts: AccountRepository,
  hash: (password: string) => Promise<string>,
): Promise<void> {
  const hashes = await Promise.all(
    seedAccounts.map((account) => account.legacyHash ?? hash(account.password)),
  )
  const insertOrg = db.prepare(
    `INSERT INTO organisations (name, postcode, city, siret, multi_siret, branch, headcount,
       requests_archived, requests_in_progress, requests_draft)
     VALUES (@name, @postcode, @city, @siret, @multiSiret, @branch, @headcount, @archived, @inProgress, @draft)`,
  )
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM accounts LIMIT 1').get() !== undefined) return
    const orgIds = new Map<string, number>()
    for (const [key, org] of Object.entries(organisations)) {
      orgIds.set(key, Number(insertOrg.run(org).lastInsertRowid))
    }
    seedAccounts.forEach((account, index) => {
      accounts.create({
        email: account.email,
        firstName: account.firstName,
        lastName: account.lastName,
        organisationId: orgIds.get(account.organisation) ?? null,
        passwordHash: hashes[index]!,
        mustUpdate: account.migrated,
      })
    })
  }).immediate()
}
