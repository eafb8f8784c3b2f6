"""Names and titles the seeded organisation draws from (a mid-size manufacturer running EOS)."""

from __future__ import annotations

__all__ = [
    "CHART",
    "DOMAIN",
    "HEADLINES",
    "ISSUES",
    "MARCUS",
    "ME",
    "MEASURABLES",
    "MEETINGS",
    "MILESTONES",
    "ORG_ID",
    "ORG_NAME",
    "PAGES",
    "PEOPLE",
    "ROCKS",
    "ROLES",
    "TEAMS",
    "TODOS",
]

ORG_ID = 51234
ORG_NAME = "Acme Manufacturing"
DOMAIN = "acme.example"
ME = ("Jane Cooper", 345678)
MARCUS = ("Marcus Lee", 345690)

PEOPLE = [
    "Daniel Okafor",
    "Priya Raman",
    "Tom Becker",
    "Sofia Alvarez",
    "Hannah Schultz",
    "Kenji Watanabe",
    "Olivia Grant",
    "Luis Moreno",
    "Aisha Bello",
    "Ethan Brooks",
    "Grace Kim",
    "Noah Fischer",
    "Chloe Dubois",
    "Samuel Osei",
    "Mia Rossi",
    "Ben Carter",
]
"""Everyone but Jane and Marcus; a seed picks 13 of them, in its own order."""

# The accountability chart: (key, position, parent key, holder); holder "me", "marcus", "person", "open"
# (no one in the seat) or "placeholder" (a future hire: no e-mail, placeholder picture).
CHART = [
    ("ceo", "Visionary", None, "person"),
    ("coo", "Integrator", "ceo", "person"),
    ("sales", "VP of Sales", "coo", "me"),
    ("ops", "VP of Operations", "coo", "marcus"),
    ("product", "VP of Product", "coo", "person"),
    ("finance", "Controller", "coo", "person"),
    ("marketing", "Marketing Director", "coo", "person"),
    ("ae1", "Account Executive", "sales", "person"),
    ("ae2", "Account Executive", "sales", "person"),
    ("sdr", None, "sales", "person"),
    ("csm", "Customer Success Manager", "sales", "open"),
    ("ae3", "Account Executive", "sales", "placeholder"),
    ("plant", "Production Manager", "ops", "person"),
    ("quality", "Quality Lead", "ops", "person"),
    ("buyer", "Supply Chain Manager", "ops", "placeholder"),
    ("eng", "Engineering Manager", "product", "person"),
    ("design", "Product Designer", "product", "person"),
    ("content", "Content Marketer", "marketing", "person"),
]

ROLES = {
    "Visionary": ["Set the 10-year target", "Own big relationships", "Culture and vision"],
    "Integrator": ["Run the leadership L10", "Hold the team accountable", "Resolve cross-team issues"],
    "VP of Sales": ["Own the quarterly sales forecast", "Hire and coach the sales team", "Price approvals"],
    "VP of Operations": ["On-time delivery", "Plant safety", "Capacity planning"],
    "VP of Product": ["Product roadmap", "Release quality", "Customer research"],
    "Controller": ["Monthly close", "Cash forecast", "Payroll"],
    "Marketing Director": ["Lead generation", "Brand", "Trade shows"],
    "Account Executive": ["Close new business", "Keep the CRM current"],
    "Production Manager": ["Daily production schedule", "Overtime approvals"],
    "Quality Lead": ["ISO 9001 audits", "Corrective actions"],
    "Engineering Manager": ["Sprint planning", "Code review standards"],
    "Product Designer": ["Design system", "Usability tests"],
    "Content Marketer": ["Blog calendar", "Case studies"],
    "Customer Success Manager": ["Renewals", "Onboarding calls"],
}

TEAMS = [
    ("Leadership Team", ["ceo", "coo", "sales", "ops", "product", "finance", "marketing"]),
    ("Sales Leadership", ["sales", "ae1", "ae2", "marketing"]),
]

# (name, fixed id or None, team type, attendee chart keys)
MEETINGS = [
    (
        "Leadership Team L10",
        327249,
        "LeadershipTeam",
        ["coo", "ceo", "sales", "ops", "product", "finance", "marketing"],
    ),
    ("Sales Weekly L10", 327311, "DepartmentalTeam", ["sales", "ae1", "ae2", "sdr", "marketing"]),
    ("Operations L10", None, "DepartmentalTeam", ["ops", "plant", "quality", "coo"]),
    ("Product & Engineering L10", None, "DepartmentalTeam", ["product", "eng", "design", "coo"]),
]

TODOS = [
    "Send Q3 pricing update to the sales team",
    "Call the freight broker about the late pallets",
    "Draft the job description for the second AE",
    "Review the overtime report with the plant",
    "Book the offsite venue",
    "Share the churn analysis with the team",
    "Renew the ISO certificate",
    "Follow up with Northwind on the PO",
    "Update the capacity model for Q4",
    "Get three quotes for the new forklift",
    "Clean up stale deals in the CRM",
    "Schedule the quarterly conversations",
    "Send the board deck draft",
    "Confirm the trade show booth size",
    "Fix the broken link in the onboarding email",
    "Ask legal about the new MSA template",
    "Reconcile the September credit card statement",
    "Publish the Contoso case study",
    "Set up the new hire's laptop",
    "Walk the floor with the safety inspector",
    "Write up the root cause for the returns spike",
    "Order replacement parts for line 2",
    "Prepare the pipeline review",
    "Approve the revised commission plan",
]

ISSUES = [
    "Customer churn is up 3% this quarter",
    "Line 2 keeps going down on Mondays",
    "We are losing deals on price to Globex",
    "Not enough qualified leads from the website",
    "Late shipments to the west coast",
    "Engineering and sales disagree on the roadmap",
    "Hiring a second AE is taking too long",
    "Cash conversion cycle is slipping",
    "Supplier for resin raised prices 12%",
    "Onboarding takes three weeks",
    "Too many meetings on Fridays",
    "Quality escapes on the new product line",
    "CRM data is unreliable",
    "Trade show ROI is unclear",
]

HEADLINES = [
    "Maria closed the Acme renewal two weeks early",
    "Northwind signed a three-year contract",
    "Zero safety incidents for 200 days",
    "New website launched on time",
    "Customer NPS went up to 61",
    "Line 3 hit record output last week",
    "We passed the ISO audit with no findings",
    "Two great candidates for the AE role",
    "Contoso wants to expand to five sites",
    "Shipping costs down 8% after the carrier switch",
]

ROCKS = [
    "Launch the self-serve onboarding flow",
    "Hire two account executives",
    "Reduce scrap rate below 2%",
    "Close $1.2M in new business",
    "Implement the new ERP inventory module",
    "Publish six customer case studies",
    "Ship version 3 of the mobile app",
    "Cut average lead time to 10 days",
    "Document the core processes",
    "Roll out the new commission plan",
    "Pass the ISO 9001 recertification",
    "Build the 2025 budget",
    "Set up the customer advisory board",
    "Automate the monthly close",
]

MILESTONES = [
    "Design review signed off",
    "Vendor selected",
    "Pilot with two customers",
    "First draft done",
    "Budget approved",
    "Training completed",
    "Go-live",
]

# (name, direction, unit, target, low, high); values are drawn between low and high each week
MEASURABLES = [
    ("Weekly sales revenue", "GreaterThan", "Dollar", 100000.0, 70000, 130000),
    ("New qualified opportunities", "GreaterThan", "None", 12.0, 6, 18),
    ("Proposals sent", "GreaterThan", "None", 8.0, 3, 12),
    ("On-time delivery", "GreaterThan", "Percent", 95.0, 86, 100),
    ("Scrap rate", "LessThan", "Percent", 2.0, 1, 4),
    ("Open support tickets", "LessThanOrEqual", "None", 25.0, 10, 40),
    ("Website leads", "GreaterThan", "None", 150.0, 90, 210),
    ("Cash in bank (thousands)", "GreaterThanNotEqual", "Pound", 500.0, 380, 720),
    ("Release bugs found", "Between", "None", 2.0, 0, 7),
    ("Gross margin", "GreaterThan", "Percent", 38.0, 31, 44),
    ("Overtime hours", "LessThanOrEqual", "None", 60.0, 20, 95),
    ("EU revenue", "EqualTo", "Euros", 20000.0, 12000, 26000),
]

PAGES = [
    (5, "Segue", "Segue"),
    (5, "Scorecard", "Scorecard"),
    (5, "Rock Review", "Rock Review"),
    (5, "Customer/Employee Headlines", "People Headlines"),
    (5, "To-do List", "To-do List"),
    (60, "IDS", "IDS"),
    (5, "Conclude", "Conclude"),
]
